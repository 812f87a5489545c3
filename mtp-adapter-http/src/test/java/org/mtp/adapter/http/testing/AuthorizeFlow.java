package org.mtp.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the authorization page as a browser would: opens it, keeps its cookie and hidden fields, and posts the form
 * back with credentials and a decision. Shared with bootstrap's end-to-end tests.
 */
public final class AuthorizeFlow {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern COOKIE = Pattern.compile("mtp_authorize=([^;]+)");
    private final ApiClient client;

    public AuthorizeFlow(ApiClient client) {
        this.client = client;
    }

    /** The page as opened, with its form fields and cookie. */
    public record Page(ApiResponse response, Map<String, String> hiddenFields, String cookie) {

        public String formToken() {
            return hiddenFields.get("form_token");
        }
    }

    public Page open(String query) {
        ApiResponse response =
                client.get("/api/v1/authorize?" + query).accept("text/html").send();
        assertThat(response.status()).as("authorize page: %s", response.body()).isEqualTo(200);
        return page(response);
    }

    static Page page(ApiResponse response) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(response.body());
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        Matcher cookie = COOKIE.matcher(response.header("Set-Cookie").orElse(""));
        return new Page(response, fields, cookie.find() ? cookie.group(1) : null);
    }

    /** Posts the page's form with these extra fields (name, value, ...) and the page's cookie. */
    public ApiResponse submit(Page page, String... extraNamesAndValues) {
        return submit(page.hiddenFields(), page.cookie(), extraNamesAndValues);
    }

    public ApiResponse submit(Map<String, String> fields, String cookie, String... extraNamesAndValues) {
        List<String> form = new ArrayList<>();
        fields.forEach((name, value) -> {
            form.add(name);
            form.add(value);
        });
        form.addAll(List.of(extraNamesAndValues));
        ApiClient.Call call =
                client.post("/api/v1/authorize").accept("text/html").form(ApiClient.form(form.toArray(String[]::new)));
        if (cookie != null) {
            call.header("Cookie", "mtp_authorize=" + cookie);
        }
        return call.send();
    }

    /** Signs in as {@code username} and approves. */
    public ApiResponse approve(Page page, String username, String password) {
        return submit(page, "username", username, "password", password, "approve", "true");
    }

    /** The parameters after '#' (implicit) or '?' (code) of a redirect. */
    public static Map<String, String> redirectParameters(String location, char separator) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String part = location.substring(location.indexOf(separator) + 1);
        for (String pair : part.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(
                    pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
