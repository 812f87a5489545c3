package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.adapter.http.testing.RunningApi;

/**
 * The oracle really checks the feature routes' representations: a GeoJSON or JSON body that breaks its schema, a GPX
 * answer under a type the route does not document, or a status the route does not document, is a violation.
 */
class OpenApiRepresentationsTest {

    private static final String SEQUENCE = "/api/v1/sequences/00000000-0000-4000-8000-000000000001";
    private final OpenApiContract contract = RunningApi.contract();

    private List<String> violations(String path, int status, String type, String body) {
        return contract.violations("GET", path, status, Map.of("content-type", List.of(type)), body);
    }

    @Test
    void aGeoJsonFeatureWithAnUnknownGeometryTypeIsAViolation() {
        assertThat(violations(
                        SEQUENCE,
                        200,
                        "application/geo+json",
                        "{\"type\":\"Feature\",\"id\":\"00000000-0000-4000-8000-000000000001\","
                                + "\"geometry\":{\"type\":\"Circle\",\"coordinates\":[]},\"properties\":{}}"))
                .isNotEmpty();
    }

    @Test
    void aSequenceMissingAMemberIsAViolation() {
        assertThat(violations(SEQUENCE, 200, "application/json", "{\"unique_id\":\"x\"}"))
                .isNotEmpty();
    }

    @Test
    void anUndocumentedMediaTypeOrStatusIsAViolation() {
        assertThat(violations(SEQUENCE, 200, "text/csv", "a,b")).isNotEmpty();
        assertThat(violations(
                        "/api/v1/leaderboards/photos",
                        409,
                        "application/problem+json",
                        "{\"type\":\"urn:mtp:problem:conflict\",\"title\":\"t\",\"status\":409,\"detail\":\"d\",\"code\":\"conflict\","
                                + "\"errors\":{},\"error\":\"d\"}"))
                .isNotEmpty();
    }

    @Test
    void aGpxAnswerIsDocumentedAsXml() {
        assertThat(violations(
                        SEQUENCE,
                        200,
                        "application/gpx+xml; charset=utf-8",
                        "<?xml version=\"1.0\"?><gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\"/>"))
                .isEmpty();
    }
}
