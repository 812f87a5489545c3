package org.mtp.adapter.http.problem;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mtp.adapter.http.html.Html;
import org.mtp.adapter.http.json.Json;

/**
 * Writes a refusal in the style of the route that refused: problem+json, RFC 6749 JSON, or HTML. Every 401 carries a
 * {@code WWW-Authenticate} challenge; an insufficient scope names the scope that was missing.
 */
public final class ErrorResponder {

    /** Context attribute in which a route records its {@link ErrorStyle}. */
    public static final String STYLE_ATTRIBUTE = "mtp.errorStyle";

    public static final String BEARER_CHALLENGE = "Bearer realm=\"mtp\"";
    private static final Set<String> OAUTH_CODES = Set.of(
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "invalid_scope",
            "unsupported_token_type");

    private final Json json;
    private final ProblemCatalog catalog;

    public ErrorResponder(Json json, ProblemCatalog catalog) {
        this.json = json;
        this.catalog = catalog;
    }

    public ProblemCatalog catalog() {
        return catalog;
    }

    public void respond(Context ctx, ApiException failure) {
        ErrorStyle style = ctx.attribute(STYLE_ATTRIBUTE);
        switch (style == null ? ErrorStyle.PROBLEM : style) {
            case OAUTH -> oauth(ctx, failure);
            case HTML -> html(ctx, failure);
            case PROBLEM -> problem(ctx, failure);
        }
    }

    /** The problem body for a failure, also used where Javalin is not involved (Jetty's own errors). */
    public Problem problemOf(ApiException failure) {
        return Problem.of(
                catalog.title(failure.code(), failure.status()),
                failure.status(),
                failure.getMessage(),
                failure.code(),
                failure.errors());
    }

    private void problem(Context ctx, ApiException failure) {
        Map<String, String> headers = new LinkedHashMap<>(failure.headers());
        if (failure.status() == 401) {
            headers.putIfAbsent(
                    "WWW-Authenticate",
                    failure.code().equals("invalid_token")
                            ? BEARER_CHALLENGE + ", error=\"invalid_token\""
                            : BEARER_CHALLENGE);
        }
        write(ctx, failure.status(), headers);
        ctx.contentType("application/problem+json").result(json.write(problemOf(failure)));
    }

    private void oauth(Context ctx, ApiException failure) {
        String error = OAUTH_CODES.contains(failure.code()) ? failure.code() : "invalid_request";
        Map<String, String> headers = new LinkedHashMap<>(failure.headers());
        int status = failure.status();
        if (error.equals("invalid_client")) {
            status = 401;
            headers.putIfAbsent("WWW-Authenticate", "Basic realm=\"mtp\", " + BEARER_CHALLENGE);
        } else if (status >= 500) {
            error = "server_error";
        }
        headers.put("Cache-Control", "no-store");
        write(ctx, status, headers);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", failure.getMessage());
        ctx.contentType("application/json").result(json.write(body));
    }

    private void html(Context ctx, ApiException failure) {
        Map<String, String> headers = new LinkedHashMap<>(failure.headers());
        if (failure.status() == 401) {
            headers.putIfAbsent("WWW-Authenticate", BEARER_CHALLENGE);
        }
        headers.put("Cache-Control", "no-store");
        write(ctx, failure.status(), headers);
        ctx.contentType("text/html; charset=utf-8")
                .result(Html.errorPage(catalog.title(failure.code(), failure.status()), failure.getMessage()));
    }

    private static void write(Context ctx, int status, Map<String, String> headers) {
        ctx.status(status);
        headers.forEach(ctx::header);
    }
}
