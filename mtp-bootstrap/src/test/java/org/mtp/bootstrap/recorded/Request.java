package org.mtp.bootstrap.recorded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.testing.ApiClient;

/**
 * One request of the scripted run, exactly as it goes on the wire (head lines as given, body bytes), and how much of
 * its answer is kept.
 */
record Request(String method, String target, List<String> headers, byte[] body, Kept kept) {

    /** How much of the answer the recording keeps. */
    enum Kept {
        /** Status, headers and body. */
        ALL,
        /** Status, headers and the body's SHA-256: a large body that is a resource of its own. */
        BODY_DIGEST,
        /** Status and content type only: the rest changes with every call. */
        STATUS_AND_CONTENT_TYPE
    }

    Request {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    static Request get(String target) {
        return of("GET", target);
    }

    static Request post(String target) {
        return of("POST", target);
    }

    static Request put(String target) {
        return of("PUT", target);
    }

    static Request patch(String target) {
        return of("PATCH", target);
    }

    static Request delete(String target) {
        return of("DELETE", target);
    }

    static Request of(String method, String target) {
        return new Request(method, target, List.of(), new byte[0], Kept.ALL);
    }

    /** A further head line, {@code "Name: value"}. */
    Request header(String line) {
        List<String> more = new ArrayList<>(headers);
        more.add(line);
        return new Request(method, target, more, body, kept);
    }

    Request bearer(String token) {
        return header("Authorization: Bearer " + token);
    }

    Request accept(String types) {
        return header("Accept: " + types);
    }

    /** The body as given, under {@code contentType}. */
    Request body(String contentType, String text) {
        return header("Content-Type: " + contentType).body(text);
    }

    /** The body as given, its head lines (a content type among them) given apart, as a client sends them. */
    Request body(String text) {
        return new Request(method, target, headers, text.getBytes(StandardCharsets.UTF_8), kept);
    }

    Request json(String json) {
        return body("application/json", json);
    }

    /** Name/value pairs, form-urlencoded as {@link ApiClient#form} does. */
    Request form(String... namesAndValues) {
        return body("application/x-www-form-urlencoded", ApiClient.form(namesAndValues));
    }

    Request keeping(Kept what) {
        return new Request(method, target, headers, body, what);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
