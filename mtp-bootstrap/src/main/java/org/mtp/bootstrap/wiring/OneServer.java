package org.mtp.bootstrap.wiring;

import io.javalin.Javalin;
import org.mtp.adapter.http.HttpApi;
import org.mtp.adapter.web.WebApp;

/**
 * The one HTTP server of the service: bootstrap creates it and each driving adapter adds its routes. The REST API owns
 * its paths ({@code /api/v1/...}, health, metrics, the uploader's relays) and answers their errors as problem+json; the
 * web app owns every other path and answers their errors (an unknown path included) as HTML pages.
 */
public final class OneServer {

    private final Javalin javalin;
    private final HttpApi api;

    private OneServer(Javalin javalin, HttpApi api) {
        this.javalin = javalin;
        this.api = api;
    }

    public static OneServer of(HttpApi api, WebApp web) {
        Javalin javalin = Javalin.create(config -> {
            api.addTo(config, web::answerFailure);
            web.addTo(config);
        });
        return new OneServer(javalin, api);
    }

    /** Listens on one interface only, for example {@code 127.0.0.1}; port 0 picks a free port. */
    public OneServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting connections, lets in-flight requests finish within the shutdown grace, then stops. */
    public void stop() {
        api.drain();
        javalin.stop();
    }
}
