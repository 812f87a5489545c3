package org.mtp.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Load benchmark: what one connection sends next, as prepared HTTP/1.1 request bytes, and which answers count as
 * success (2xx unless a scenario says otherwise).
 */
@FunctionalInterface
interface Requests {

    byte[] next(int connection, Random random);

    default boolean succeeded(int status) {
        return status >= 200 && status <= 299;
    }

    /** The same request every time. */
    static Requests fixed(String method, String pathAndQuery) {
        byte[] request = bytes(method, pathAndQuery, null);
        return (connection, random) -> request;
    }

    /** One of {@code ids} at random, put into {@code pathTemplate} in place of {@code {id}}. */
    static Requests randomId(
            String method, String pathTemplate, List<String> ids, IntFunction<String> tokenOfConnection) {
        return (connection, random) -> bytes(
                method,
                pathTemplate.replace("{id}", ids.get(random.nextInt(ids.size()))),
                tokenOfConnection == null ? null : tokenOfConnection.apply(connection));
    }

    /**
     * One of {@code ids} at random with {@code If-None-Match} naming its entity tag from {@code tags}; only a 304
     * counts as success, so a tag gone stale shows as errors rather than as full reads measured under this name.
     */
    static Requests ifNoneMatch(String pathTemplate, List<String> ids, Map<String, String> tags) {
        return new Requests() {
            @Override
            public byte[] next(int connection, Random random) {
                String id = ids.get(random.nextInt(ids.size()));
                return bytes("GET", pathTemplate.replace("{id}", id), null, "If-None-Match: " + tags.get(id));
            }

            @Override
            public boolean succeeded(int status) {
                return status == 304;
            }
        };
    }

    /**
     * A web page as a browser asks for it ({@code Accept: text/html}): {@code pathTemplate} with one of {@code ids} at
     * random in place of {@code {id}} (ids null: the path as it is), with the connection's cookie when
     * {@code cookieOfConnection} is given.
     */
    static Requests page(String pathTemplate, List<String> ids, IntFunction<String> cookieOfConnection) {
        return ownPage(connection -> pathTemplate, ids == null ? null : connection -> ids, cookieOfConnection);
    }

    /**
     * A web page each connection asks for as its own signed-in person: the connection's path, with one of the
     * connection's ids at random in place of {@code {id}} (idsOfConnection null: the path as it is).
     */
    static Requests ownPage(
            IntFunction<String> pathOfConnection,
            IntFunction<List<String>> idsOfConnection,
            IntFunction<String> cookieOfConnection) {
        return (connection, random) -> {
            String path = pathOfConnection.apply(connection);
            if (idsOfConnection != null) {
                List<String> ids = idsOfConnection.apply(connection);
                path = path.replace("{id}", ids.get(random.nextInt(ids.size())));
            }
            StringBuilder request = new StringBuilder(256)
                    .append("GET ")
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n");
            if (cookieOfConnection != null) {
                request.append("Cookie: ")
                        .append(cookieOfConnection.apply(connection))
                        .append("\r\n");
            }
            return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    static byte[] bytes(String method, String pathAndQuery, String bearer) {
        return bytes(method, pathAndQuery, bearer, null);
    }

    /** {@code extraHeader} is one {@code Name: value} line without its line end, or null. */
    static byte[] bytes(String method, String pathAndQuery, String bearer, String extraHeader) {
        StringBuilder request = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n");
        if (bearer != null) {
            request.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (extraHeader != null) {
            request.append(extraHeader).append("\r\n");
        }
        if (!method.equals("GET")) {
            request.append("Content-Length: 0\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
