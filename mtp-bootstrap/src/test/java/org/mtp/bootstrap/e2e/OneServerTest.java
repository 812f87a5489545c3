package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.bootstrap.testing.RunningService;

/**
 * The REST API and the web app on the one server: each answers its own paths, and the errors on them, its own way
 * (problem+json under the API's paths, HTML pages everywhere else).
 */
class OneServerTest {

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningService mtp;

    @AfterEach
    void stop() {
        mtp.close();
        mapillary.close();
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(mtp.baseUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownPathsAnswerInTheStyleOfTheirOwner(@TempDir Path data) throws Exception {
        mtp = RunningService.onH2(data, mapillary);

        HttpResponse<String> api = send("GET", "/api/v1/no-such-thing");
        HttpResponse<String> apiMethod = send("DELETE", "/health/live");
        HttpResponse<String> page = send("GET", "/no-such-page");
        HttpResponse<String> home = send("GET", "/");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("\"code\":\"not_found\"");
        assertThat(apiMethod.statusCode()).isEqualTo(405);
        assertThat(apiMethod.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(page.body()).contains("<html lang=\"en\">").contains("Page not found");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("No sequence has been published yet.");
    }
}
