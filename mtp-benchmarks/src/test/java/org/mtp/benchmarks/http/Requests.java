package org.mtp.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/** Load benchmark: what one connection sends next, as prepared HTTP/1.1 request bytes. */
@FunctionalInterface
interface Requests {

    byte[] next(int connection, Random random);

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

    static byte[] bytes(String method, String pathAndQuery, String bearer) {
        StringBuilder request = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n");
        if (bearer != null) {
            request.append("Authorization: Bearer ").append(bearer).append("\r\n");
        }
        if (!method.equals("GET")) {
            request.append("Content-Length: 0\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
