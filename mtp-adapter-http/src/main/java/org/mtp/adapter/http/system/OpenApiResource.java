package org.mtp.adapter.http.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;

/** HTTP resource: {@code GET /api/v1/openapi.json}, the hand-written OpenAPI 3.1 document of every route. */
public final class OpenApiResource implements ApiResource {

    /** Where the document lives on the class path. */
    public static final String DOCUMENT = "/org/mtp/adapter/http/openapi.json";

    private final String document;

    public OpenApiResource() {
        this.document = load();
    }

    /** The document's text, for tests and tools. */
    public static String load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the class path: " + DOCUMENT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/v1/openapi.json")
                .access(Access.PUBLIC)
                .handle(exchange -> exchange.ctx()
                        .status(200)
                        .contentType("application/json")
                        .result(document));
    }
}
