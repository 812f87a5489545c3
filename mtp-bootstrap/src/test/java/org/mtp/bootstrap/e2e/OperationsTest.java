package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.bootstrap.testing.PromLint;
import org.mtp.bootstrap.testing.RunningService;

/**
 * Health, readiness and the Prometheus scrape of the real service, whose metric names pass Prometheus's own lint, and
 * request logging that carries no secret.
 */
class OperationsTest {

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;

    @AfterEach
    void stop() {
        mtp.close();
        mapillary.close();
    }

    @Test
    void liveReadyAndMetricsAnswerWithoutAClient(@TempDir Path data) {
        mtp = RunningService.onH2(data, mapillary);
        ApiClient api = mtp.client();
        api.get("/api/v1/transport-types?client_id=nobody")
                .send(r -> assertThat(r.status()).isEqualTo(401));
        api.post("/api/v1/mapillary/token/verify")
                .bearer("not-a-token")
                .json("{\"mapillary_token\":\"x\"}")
                .send();

        assertThat(api.get("/health/live").send().status()).isEqualTo(200);
        assertThat(api.get("/health/ready").send().text("status")).isEqualTo("ready");
        ApiResponse metrics = api.get("/metrics").send();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "mtp_http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/transport-types\",status=\"401\"}")
                .contains("mtp_db_pool_connections{state=\"idle\"}")
                .contains("jvm_memory_used_bytes")
                .doesNotContain("not-a-token");
    }

    @Test
    void everyMetricPassesPrometheusOwnLint(@TempDir Path data) {
        mtp = RunningService.onH2(data, mapillary);
        ApiClient api = mtp.client();
        api.get("/api/v1/transport-types?client_id=nobody")
                .send(r -> assertThat(r.status()).isEqualTo(401));
        api.get("/health/ready").send(r -> assertThat(r.status()).isEqualTo(200));

        String scrape = api.get("/metrics").send().body();

        assertThat(scrape)
                .contains(
                        "process_cpu_seconds_total ",
                        "system_cpu_available_processors ",
                        "mtp_http_server_requests_seconds_count{",
                        "jvm_memory_used_bytes{",
                        "mtp_db_pool_connections{");
        assertThat(PromLint.problems(scrape)).isEmpty();
    }
}
