package org.mtp.adapter.http.system;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Makes Jetty's stop graceful: connectors stop accepting, and requests in flight get up to the grace period to
 * finish. Jetty only waits for requests counted by a {@link GracefulHandler}, so one is put around the handler that
 * Javalin installs, just before the server starts.
 */
public final class GracefulStop {

  private GracefulStop() {}

  public static void install(Server server, Duration grace) {
    server.setStopTimeout(grace.toMillis());
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        Handler current = server.getHandler();
        if (current != null && !(current instanceof GracefulHandler)) {
          GracefulHandler graceful = new GracefulHandler();
          graceful.setHandler(current);
          server.setHandler(graceful);
        }
      }
    });
  }
}
