package org.mtp.adapter.http.system;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * A graceful stop: connectors stop accepting, requests in flight get up to the grace period to finish, then the server
 * stops. Jetty's own graceful stop also waits for idle keep-alive connections to close, which a pooling client never
 * does, so this drains only the requests counted by a {@link GracefulHandler} put around Javalin's.
 */
public final class GracefulStop {

    private final Duration grace;
    private volatile Server server;
    private volatile GracefulHandler graceful;

    public GracefulStop(Duration grace) {
        this.grace = grace;
    }

    public void install(Server jetty) {
        this.server = jetty;
        jetty.setStopTimeout(0);
        jetty.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                Handler current = jetty.getHandler();
                if (current != null && !(current instanceof GracefulHandler)) {
                    GracefulHandler wrapper = new GracefulHandler();
                    wrapper.setHandler(current);
                    jetty.setHandler(wrapper);
                    graceful = wrapper;
                }
            }
        });
    }

    /** Stops accepting new connections and waits, at most the grace period, for requests in flight to finish. */
    public void drain() {
        Server jetty = server;
        GracefulHandler requests = graceful;
        if (jetty == null || requests == null || !jetty.isStarted()) {
            return;
        }
        for (Connector connector : jetty.getConnectors()) {
            connector.shutdown();
        }
        try {
            requests.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Grace is over: what is still running is cut off by the stop that follows.
        }
    }
}
