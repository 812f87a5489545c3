package org.mtp.adapter.http.route;

import io.javalin.http.HandlerType;
import java.util.List;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.problem.ErrorStyle;

/** A registered route and the conventions it runs under: access, the representations it can produce, error style. */
public record RouteSpec(
        HandlerType method, String path, Access access, List<MediaType> produces, ErrorStyle errorStyle) {

    public RouteSpec {
        produces = List.copyOf(produces);
        if (produces.isEmpty()) {
            throw new IllegalArgumentException("a route must produce at least one representation: " + path);
        }
    }
}
