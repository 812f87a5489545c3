package org.mtp.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark: a web app session for a person already signed up, obtained as a browser does (the sign-in page, its
 * form cookie and CSRF token, then the form posted), before any timing starts; the answer is the session cookie.
 */
final class WebSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    WebSessions(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code name=value} of the session cookie of {@code username} signed in with {@code password}. */
    String signIn(String username, String password) {
        try {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String formCookie =
                    page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("the sign-in page has no CSRF token: " + page.statusCode());
            }
            String form =
                    "csrf=" + encode(token.group(1)) + "&login=" + encode(username) + "&password=" + encode(password);
            HttpResponse<String> signedIn = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                            .header("Cookie", formCookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("mtp_session="))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "web sign-in of " + username + " answered " + signedIn.statusCode()))
                    .split(";")[0];
        } catch (IOException e) {
            throw new IllegalStateException("web sign-in of " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted signing in " + username, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
