package org.mtp.adapter.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.domain.common.ValidationException;

/** Production defaults, one-setting switches, validation naming the field, and a secret that never prints. */
class MapillaryConfigTest {

    @Test
    void defaultsAreMapillarysPublicHostsAndTheGraphApi() {
        MapillaryConfig config = MapillaryConfig.defaults();

        assertThat(config.apiVersion()).isEqualTo(ApiVersion.V4);
        assertThat(config.graphBaseUrl()).isEqualTo(URI.create("https://graph.mapillary.com/"));
        assertThat(config.v3BaseUrl()).isEqualTo(URI.create("https://a.mapillary.com/v3/"));
        assertThat(config.uploadBaseUrl())
                .isEqualTo(URI.create("https://rupload.facebook.com/mapillary_public_uploads/"));
        assertThat(config.authorizationPageUrl()).isEqualTo(URI.create("https://www.mapillary.com/connect"));
        assertThat(config.maxAttempts()).isEqualTo(5);
        assertThat(config.batchSize()).isEqualTo(50);
        assertThat(config.searchLimit()).isEqualTo(2000);
        assertThat(config.maxImagesPerUpload()).isEqualTo(1000);
        assertThat(config.imageBatchesInFlight()).isEqualTo(4);
        assertThat(config.withImageBatchesInFlight(1).imageBatchesInFlight()).isEqualTo(1);
        assertThat(config.scopesOrDefault()).isEqualTo("read");
    }

    @Test
    void switchingTheApiVersionIsOneSetting_andBringsItsScopes() {
        MapillaryConfig v3 = MapillaryConfig.defaults().withApiVersion(ApiVersion.V3);

        assertThat(v3.apiVersion()).isEqualTo(ApiVersion.V3);
        assertThat(v3.scopesOrDefault()).isEqualTo("user:read");
        assertThat(v3.withScopes("user:read user:email").scopesOrDefault()).isEqualTo("user:read user:email");
        assertThat(v3.withApiVersion(ApiVersion.V4)).isEqualTo(MapillaryConfig.defaults());
    }

    @Test
    void eachBaseUrlIsOneSetting_andGetsATrailingSlash() {
        MapillaryConfig config =
                MapillaryConfig.defaults().withGraphBaseUrl(URI.create("https://mirror.example/graph"));

        assertThat(config.graphBaseUrl()).isEqualTo(URI.create("https://mirror.example/graph/"));
        assertThat(config.v3BaseUrl()).isEqualTo(MapillaryConfig.defaults().v3BaseUrl());
    }

    @Test
    void pointedAtLaysEveryUrlOutOnOneHost() {
        MapillaryConfig config = MapillaryConfig.defaults().pointedAt(URI.create("http://localhost:8080"));

        assertThat(config.graphBaseUrl()).isEqualTo(URI.create("http://localhost:8080/"));
        assertThat(config.v3BaseUrl()).isEqualTo(URI.create("http://localhost:8080/v3/"));
        assertThat(config.uploadBaseUrl()).isEqualTo(URI.create("http://localhost:8080/mapillary_public_uploads/"));
        assertThat(config.authorizationPageUrl()).isEqualTo(URI.create("http://localhost:8080/connect"));
    }

    @Test
    void anAppNeedsItsIdSecretAndRedirectUri() {
        String secret = "MLY|1234567890|deadbeefdeadbeefdeadbeefdeadbeef";
        URI redirect = URI.create("https://mtp.example/api/v1/mapillary/callback");

        assertThat(MapillaryConfig.defaults().hasApp()).isFalse();
        assertThat(MapillaryConfig.defaults()
                        .withApp("1234567890", secret, null)
                        .hasApp())
                .isFalse();
        assertThat(MapillaryConfig.defaults()
                        .withApp("1234567890", "", redirect)
                        .hasApp())
                .isFalse();
        assertThat(MapillaryConfig.defaults()
                        .withApp("1234567890", secret, redirect)
                        .hasApp())
                .isTrue();
    }

    @Test
    void theAppSecretNeverAppearsInToString() {
        MapillaryConfig config = MapillaryConfig.defaults()
                .withApp("1234567890", "MLY|1234567890|deadbeefdeadbeefdeadbeefdeadbeef", null);

        assertThat(config.toString()).doesNotContain("deadbeef").contains("appSecret=****", "appId=1234567890");
        assertThat(MapillaryConfig.defaults().toString()).contains("appSecret=<unset>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSettingsNameTheirField(String field, UnaryOperator<MapillaryConfig> change) {
        assertThatThrownBy(() -> change.apply(MapillaryConfig.defaults()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("graph_base_url", (UnaryOperator<MapillaryConfig>)
                        c -> c.withGraphBaseUrl(URI.create("ftp://x/"))),
                Arguments.of("v3_base_url", (UnaryOperator<MapillaryConfig>) c -> c.withV3BaseUrl(URI.create("/v3/"))),
                Arguments.of("upload_base_url", (UnaryOperator<MapillaryConfig>)
                        c -> c.withUploadBaseUrl(URI.create("https://u.example/?q=1"))),
                Arguments.of("max_attempts", (UnaryOperator<MapillaryConfig>)
                        c -> c.withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1))),
                Arguments.of("max_backoff", (UnaryOperator<MapillaryConfig>)
                        c -> c.withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(1))),
                Arguments.of("read_timeout", (UnaryOperator<MapillaryConfig>)
                        c -> c.withTimeouts(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1))),
                Arguments.of("batch_size", (UnaryOperator<MapillaryConfig>) c -> c.withBatchSize(51)),
                Arguments.of("search_limit", (UnaryOperator<MapillaryConfig>) c -> c.withSearchLimit(2001)),
                Arguments.of(
                        "max_images_per_upload", (UnaryOperator<MapillaryConfig>) c -> c.withMaxImagesPerUpload(1001)),
                Arguments.of(
                        "image_batches_in_flight", (UnaryOperator<MapillaryConfig>) c -> c.withImageBatchesInFlight(0)),
                Arguments.of("image_batches_in_flight", (UnaryOperator<MapillaryConfig>)
                        c -> c.withImageBatchesInFlight(17)),
                Arguments.of("max_retry_after_wait", (UnaryOperator<MapillaryConfig>)
                        c -> c.withMaxRetryAfterWait(Duration.ofSeconds(-1))));
    }
}
