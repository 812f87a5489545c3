package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.route.RouteSpec;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.adapter.http.testing.RunningApi;

/** The OpenAPI document and the registered routes agree both ways, and the document stays within what is validated. */
class OpenApiCompletenessTest {

    private final OpenApiContract contract = RunningApi.contract();

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteExists() {
        try (RunningApi running = RunningApi.start()) {
            Set<String> registered = new TreeSet<>(running.api.javalinRoutes());

            assertThat(registered).isNotEmpty();
            assertThat(contract.operations()).as("documented operations").isEqualTo(registered);
        }
    }

    @Test
    void theRoutesSeenByJavalinAreExactlyThoseRegisteredThroughTheConventions() {
        try (RunningApi running = RunningApi.start()) {
            Set<String> conventional = new TreeSet<>();
            for (RouteSpec spec : running.api.routes()) {
                conventional.add(spec.method() + " " + spec.path());
            }

            assertThat(conventional).isEqualTo(new TreeSet<>(running.api.javalinRoutes()));
        }
    }

    @Test
    void theDocumentIsOpenApi31AndUsesNoConstructTheValidatorWouldSkip() {
        assertThat(contract.document().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(contract.threeOneOnlyKeywords()).isEmpty();
    }

    @Test
    void theServedDocumentIsTheResource() {
        try (RunningApi running = RunningApi.start()) {
            var response = running.client.get("/api/v1/openapi.json").send();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.at("openapi")).isEqualTo("3.1.0");
        }
    }
}
