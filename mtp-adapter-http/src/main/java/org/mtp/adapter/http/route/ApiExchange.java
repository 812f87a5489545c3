package org.mtp.adapter.http.route;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.body.RequestBody;
import org.mtp.adapter.http.body.UploadedPart;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.list.ListPage;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.oauth.ClientId;

/**
 * One request as a handler sees it once the conventions have run: parameters (query, body, both), the identified client
 * and caller, the negotiated representation, and the ways to answer (JSON, another representation, a list page with its
 * next link, no content, a redirect). {@link #ctx()} stays available for anything else.
 */
public final class ApiExchange {

    private final Context ctx;
    private final Params query;
    private final RequestBody body;
    private final RequestIdentity identity;
    private final MediaType representation;
    private final Json json;
    private final CursorCodec cursors;

    ApiExchange(
            Context ctx,
            Params query,
            RequestBody body,
            RequestIdentity identity,
            MediaType representation,
            Json json,
            CursorCodec cursors) {
        this.ctx = ctx;
        this.query = query;
        this.body = body;
        this.identity = identity;
        this.representation = representation;
        this.json = json;
        this.cursors = cursors;
    }

    public Context ctx() {
        return ctx;
    }

    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    public Params query() {
        return query;
    }

    public Params body() {
        return body.params();
    }

    /** Query then body parameters; a name in both counts as given twice. */
    public Params params() {
        return query.and(body.params());
    }

    public List<UploadedPart> files(String name) {
        return body.files().getOrDefault(name, List.of());
    }

    /** The identified client; present on every route that is not {@link Access#PUBLIC}. */
    public ClientId client() {
        return identity.client().orElseThrow(() -> new IllegalStateException("a public route has no client"));
    }

    /** The signed-in caller; present on {@link Access#READ} and {@link Access#WRITE} routes. */
    public Caller caller() {
        return identity.caller()
                .orElseThrow(() -> ApiException.of(401, "unauthorized", "this request needs a bearer access token"));
    }

    /** The caller when a bearer token came, on routes where signing in is optional. */
    public Optional<Caller> optionalCaller() {
        return identity.caller();
    }

    /** The representation chosen from {@code Accept} among those the route produces. */
    public MediaType representation() {
        return representation;
    }

    public void json(int status, Object value) {
        jsonText(status, json.write(value));
    }

    /** Answers JSON already written, by {@link #render} for instance. */
    public void jsonText(int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    /** {@code value} written as the API writes JSON, for a handler that keeps the text. */
    public String render(Object value) {
        return json.write(value);
    }

    /** Answers a value written as JSON under another JSON media type (GeoJSON). */
    public void json(int status, MediaType type, Object value) {
        ctx.status(status).contentType(type.toString()).result(json.write(value));
    }

    /** Answers in a representation other than JSON (GeoJSON, GPX). */
    public void send(int status, MediaType type, String content) {
        ctx.status(status).contentType(type + "; charset=utf-8").result(content);
    }

    public void noContent() {
        ctx.status(204);
    }

    /** A 304: the client's copy is still current; no body, the validators set by the handler. */
    public void notModified() {
        ctx.status(304);
    }

    /** A request header, or null when it was not sent. */
    public String requestHeader(String name) {
        return ctx.header(name);
    }

    /** A 302 to {@code location}, with no body. */
    public void redirect(String location) {
        ctx.status(302).header("Location", location);
    }

    public void header(String name, String value) {
        ctx.header(name, value);
    }

    /** Paging parameters of a list whose cursors are of {@code kind}. */
    public PageRequest pageRequest(String kind) {
        return PageRequest.from(query, cursors, kind);
    }

    /**
     * Answers a list page: the envelope {@code {"items": [...], "next": url|null}} and, when there is a next page, a
     * {@code Link: <url>; rel="next"} header. The next URL is this request's path and query with the cursor replaced.
     */
    public void list(List<?> items, String kind, Optional<List<String>> nextPosition) {
        String next = nextPosition
                .map(position -> nextUrl(cursors.encode(kind, position)))
                .orElse(null);
        if (next != null) {
            ctx.header("Link", "<" + next + ">; rel=\"next\"");
        }
        json(200, new ListPage(items, next));
    }

    private String nextUrl(String cursor) {
        StringBuilder url = new StringBuilder(ctx.path()).append('?');
        for (String name : query.names()) {
            if (!name.equals("cursor")) {
                for (String value : query.strings(name)) {
                    url.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        }
        return url.append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
