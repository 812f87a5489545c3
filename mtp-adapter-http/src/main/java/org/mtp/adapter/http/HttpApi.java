package org.mtp.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.body.BodyReader;
import org.mtp.adapter.http.catalogue.TransportTypesResource;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.json.MoshiJsonMapper;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.problem.ErrorResponder;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.problem.ExceptionMapping;
import org.mtp.adapter.http.problem.JettyProblemErrorHandler;
import org.mtp.adapter.http.problem.ProblemCatalog;
import org.mtp.adapter.http.relay.UploaderRelayResource;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.adapter.http.route.MatchedRoute;
import org.mtp.adapter.http.route.RouteSpec;
import org.mtp.adapter.http.system.GracefulStop;
import org.mtp.adapter.http.system.HealthResource;
import org.mtp.adapter.http.system.HttpOperations;
import org.mtp.adapter.http.system.OpenApiResource;
import org.mtp.adapter.http.system.OperationsResource;
import org.mtp.adapter.http.system.RequestIds;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;

/**
 * HTTP adapter: the REST API v1 on Javalin 7 (Jetty 12), wired by hand from the use cases. It registers the account and
 * OAuth resources plus any {@code resources} given, every route under the conventions of {@link ApiRoutes}, and one
 * central error mapping for the paths it owns ({@link ApiPaths}). Bootstrap adds it to the one server it creates with
 * {@link #addTo}; {@link #start(int)} runs it on a server of its own, as its tests do (port 0 picks a free port).
 */
public final class HttpApi {

    private final HttpSettings settings;
    private final HttpOperations operations;
    private final IdentifyClientUseCase identifyClient;
    private final ResolveAccessTokenUseCase resolveAccessToken;
    private final Json json = Json.standard();
    private final GracefulStop gracefulStop;
    private final List<ApiResource> resources;
    private final ErrorTranslations translations = new ErrorTranslations();
    private final ErrorResponder responder;
    private final List<RouteSpec> routes = new ArrayList<>();
    private Javalin javalin;

    /**
     * @param identifyClient who a request's {@code client_id} or client credentials name, for every route
     * @param resolveAccessToken whom a bearer token stands for, for every route that needs a caller
     * @param resources the resources of the API (accounts, OAuth, sequences, ...), registered in this order after the
     *     built-in health, operations, OpenAPI, relay and catalogue resources
     * @param catalog the machine codes and their statuses, usually {@link ProblemCatalog#standard()}; each resource
     *     adds its own codes through {@link ApiResource#registerErrors}
     * @param operations readiness, metrics, the request observer and the shutdown grace of the hosting process
     */
    public HttpApi(
            HttpSettings settings,
            IdentifyClientUseCase identifyClient,
            ResolveAccessTokenUseCase resolveAccessToken,
            List<ApiResource> resources,
            ProblemCatalog catalog,
            HttpOperations operations) {
        this.settings = settings;
        this.operations = operations;
        this.identifyClient = identifyClient;
        this.resolveAccessToken = resolveAccessToken;
        this.gracefulStop = new GracefulStop(operations.shutdownGrace());
        List<ApiResource> all = new ArrayList<>(List.of(
                new HealthResource(),
                new OperationsResource(operations),
                new OpenApiResource(),
                new UploaderRelayResource(),
                new TransportTypesResource()));
        all.addAll(resources);
        this.resources = List.copyOf(all);
        this.resources.forEach(resource -> resource.registerErrors(translations));
        this.responder = new ErrorResponder(json, translations.extend(catalog));
    }

    /**
     * Adds the API to a server its owner is configuring: the server-wide settings (request ids, the request log and its
     * metrics, the body limit, the graceful stop, Jetty's own refusals as problems), the API's routes, and its error
     * mapping, which answers failures on the API's paths and hands failures on every other path to {@code otherPaths}
     * (the owner of those paths, for example the web app).
     */
    public void addTo(JavalinConfig config, ExceptionHandler<Exception> otherPaths) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.router.ignoreTrailingSlashes = true;
        config.jsonMapper(new MoshiJsonMapper(json));
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyProblemErrorHandler(responder, json));
            gracefulStop.install(server);
        });
        // server-wide, so that every route (of this adapter or another on the same server) is identified and
        // measured
        config.routes.before(RequestIds::assign);
        config.requestLogger.http((ctx, millis) -> {
            try {
                operations.observer().completed(ctx.method().name(), MatchedRoute.of(ctx), ctx.statusCode(), millis);
            } finally {
                RequestIds.release();
            }
        });
        new ExceptionMapping(responder, otherPaths).register(config.routes, translations);
        ApiRoutes apiRoutes = new ApiRoutes(
                config.routes,
                new BodyReader(json, settings.maxBodyBytes()),
                identifyClient,
                resolveAccessToken,
                json,
                new CursorCodec(json, settings.signingKey()));
        resources.forEach(resource -> resource.register(apiRoutes));
        routes.addAll(apiRoutes.registered());
    }

    /** Runs the API on a server of its own, which answers every path the API's way. */
    private Javalin ownServer() {
        if (javalin == null) {
            if (!routes.isEmpty()) {
                throw new IllegalStateException("the API was added to a server of its owner's: stop that one");
            }
            javalin = Javalin.create(config -> addTo(config, null));
        }
        return javalin;
    }

    public HttpApi start(int port) {
        ownServer().start(port);
        return this;
    }

    /** Listens on one interface only, for example {@code 127.0.0.1}. */
    public HttpApi start(String host, int port) {
        ownServer().start(host, port);
        return this;
    }

    /** The port its own server listens on, once started. */
    public int port() {
        return ownServer().port();
    }

    /** Stops accepting connections, lets in-flight requests finish within the shutdown grace, then stops. */
    public void stop() {
        drain();
        ownServer().stop();
    }

    /**
     * Stops the server it was added to from accepting connections and waits, at most the shutdown grace, for the
     * requests in flight to finish; the server's owner stops it afterwards.
     */
    public void drain() {
        gracefulStop.drain();
    }

    /** The routes registered through the conventions, with their access and representations. */
    public List<RouteSpec> routes() {
        return List.copyOf(routes);
    }

    /**
     * Every HTTP route Javalin itself has registered, as {@code "GET /path"}, to check the OpenAPI document against;
     * the handlers that run before or after every request are no routes.
     */
    public List<String> javalinRoutes() {
        List<String> found = new ArrayList<>();
        for (ParsedEndpoint endpoint : ownServer().unsafe.internalRouter.allHttpHandlers()) {
            if (endpoint.endpoint.method.isHttpMethod()) {
                found.add(endpoint.endpoint.method + " " + endpoint.endpoint.path);
            }
        }
        return found;
    }
}
