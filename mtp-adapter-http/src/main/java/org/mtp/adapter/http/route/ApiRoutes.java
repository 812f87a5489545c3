package org.mtp.adapter.http.route;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.body.BodyReader;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.problem.ErrorStyle;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;

/**
 * Where resources register routes, each wrapped in the conventions. A route answers JSON with problem bodies unless it
 * says otherwise:
 *
 * <pre>{@code
 * routes.get("/api/v1/sequences/{id}").access(Access.CLIENT)
 *     .produces(MediaType.JSON, MediaType.GEO_JSON, MediaType.GPX)
 *     .handle(exchange -> ...);
 * }</pre>
 */
public final class ApiRoutes {

    private final RoutesConfig routes;
    private final BodyReader bodyReader;
    private final ClientIdentification identification;
    private final Json json;
    private final CursorCodec cursors;
    private final List<RouteSpec> registered = new ArrayList<>();

    public ApiRoutes(
            RoutesConfig routes,
            BodyReader bodyReader,
            IdentifyClientUseCase identifyClient,
            ResolveAccessTokenUseCase resolveAccessToken,
            Json json,
            CursorCodec cursors) {
        this.routes = routes;
        this.bodyReader = bodyReader;
        this.identification = new ClientIdentification(identifyClient, resolveAccessToken);
        this.json = json;
        this.cursors = cursors;
    }

    public Route get(String path) {
        return new Route(HandlerType.GET, path);
    }

    public Route post(String path) {
        return new Route(HandlerType.POST, path);
    }

    public Route put(String path) {
        return new Route(HandlerType.PUT, path);
    }

    public Route patch(String path) {
        return new Route(HandlerType.PATCH, path);
    }

    public Route delete(String path) {
        return new Route(HandlerType.DELETE, path);
    }

    public List<RouteSpec> registered() {
        return List.copyOf(registered);
    }

    /** A route being declared; {@link #handle} registers it. */
    public final class Route {

        private final HandlerType method;
        private final String path;
        private Access access = Access.CLIENT;
        private List<MediaType> produces = List.of(MediaType.JSON);
        private ErrorStyle errorStyle = ErrorStyle.PROBLEM;

        private Route(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        public Route access(Access value) {
            this.access = value;
            return this;
        }

        /** The representations in the route's order of preference; the first is the default. */
        public Route produces(MediaType... types) {
            this.produces = List.of(types);
            return this;
        }

        public Route errors(ErrorStyle style) {
            this.errorStyle = style;
            return this;
        }

        public RouteSpec handle(ApiHandler handler) {
            RouteSpec spec = new RouteSpec(method, path, access, produces, errorStyle);
            routes.addHttpHandler(
                    method, path, new ConventionHandler(spec, handler, bodyReader, identification, json, cursors));
            registered.add(spec);
            return spec;
        }
    }
}
