package org.mtp.adapter.http.catalogue;

import java.util.List;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.domain.transport.TransportType;

/** HTTP resource: {@code GET /api/v1/transport-types}, the two-level catalogue, parents with their children. */
public final class TransportTypesResource implements ApiResource {

    /** A parent and its children on the wire. */
    record Parent(String name, List<Child> children) {}

    /** A child on the wire. */
    record Child(String name) {}

    /** The catalogue is one short list, so it comes whole: the list envelope with no next page. */
    record Catalogue(List<Parent> items, String next) {}

    private static final Catalogue CATALOGUE = new Catalogue(
            TransportType.parents().stream()
                    .map(parent -> new Parent(
                            parent.displayName(),
                            parent.children().stream()
                                    .map(child -> new Child(child.displayName()))
                                    .toList()))
                    .toList(),
            null);

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/v1/transport-types").handle(exchange -> exchange.json(200, CATALOGUE));
    }
}
