package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.bootstrap.testing.RunningService;

/**
 * The REST API and the web app on the one server: each answers its own paths, and the errors on them, its own way
 * (problem+json under the API's paths, HTML pages everywhere else); the web app's sessions on H2 and PostgreSQL.
 */
class OneServerTest {

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
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

    private HttpResponse<String> post(String path, String cookie, String form)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(mtp.baseUrl() + path))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(mtp.baseUrl() + path))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signUpSignOutAndSignInAgain() throws Exception {
        HttpResponse<String> form = send("GET", "/sign-up");
        String formCookie =
                form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String csrf = URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> created = post(
                "/sign-up",
                formCookie,
                "csrf=" + csrf + "&username=webby&email=webby%40example.org&password=a+long+enough+password");
        String session = created.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mtp_session="))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
        HttpResponse<String> account = get("/account", session);
        Matcher sessionToken = CSRF.matcher(account.body());
        assertThat(sessionToken.find()).isTrue();
        HttpResponse<String> signedOut =
                post("/sign-out", session, "csrf=" + URLEncoder.encode(sessionToken.group(1), StandardCharsets.UTF_8));
        HttpResponse<String> afterwards = get("/account", session);
        HttpResponse<String> signedIn =
                post("/sign-in", formCookie, "csrf=" + csrf + "&login=webby&password=a+long+enough+password");

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).contains("/users/webby");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Browser session").contains("(this browser)");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(afterwards.statusCode())
                .as("the session was revoked in the database")
                .isEqualTo(303);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(get("/users/webby", "").body()).contains("webby").doesNotContain("webby@example.org");
    }

    @Test
    void theWebAppSignsUpSignsOutAndSignsInOnH2(@TempDir Path data) throws Exception {
        mtp = RunningService.onH2(data, mapillary);
        signUpSignOutAndSignInAgain();
    }

    @Test
    void theWebAppSignsUpSignsOutAndSignsInOnPostgres(@TempDir Path data) throws Exception {
        mtp = RunningService.onPostgres(data, mapillary);
        signUpSignOutAndSignInAgain();
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
