package org.mtp.adapter.http.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request exactly as written, byte for byte, over a plain socket (as the desktop uploader's axios or curl
 * would), reads the HTTP/1.1 answer and validates it against the OpenAPI document like {@link ApiClient} does. The
 * request's {@code Content-Length} is the caller's to write; {@link #withLength} computes it for a template.
 */
public final class RawHttp {

    private final int port;
    private final OpenApiContract contract;

    public RawHttp(int port, OpenApiContract contract) {
        this.port = port;
        this.contract = contract;
    }

    /**
     * Head lines (request line and headers, joined with CRLF here) and a body of exact bytes; adds the
     * {@code Content-Length} of the body and {@code Connection: close}.
     */
    public static byte[] withLength(List<String> headLines, byte[] body) {
        StringBuilder head = new StringBuilder();
        for (String line : headLines) {
            head.append(line).append("\r\n");
        }
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    public ApiResponse send(byte[] request) {
        String requestLine = new String(
                request, 0, indexOf(request, "\r\n".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII);
        String[] parts = requestLine.split(" ");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ApiResponse response = read(socket.getInputStream());
            String path = parts[1].split("\\?", 2)[0];
            List<String> violations =
                    contract.violations(parts[0], path, response.status(), response.headers(), response.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("response to " + requestLine + " breaks the OpenAPI document: " + violations
                        + "\nbody: " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiResponse read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String[] lines = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] rest = Arrays.copyOfRange(all, headEnd + 4, all.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(value -> value.equalsIgnoreCase("chunked"));
        byte[] body = chunked ? dechunk(rest) : rest;
        return new ApiResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        return indexOf(bytes, wanted, 0);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("malformed HTTP message");
    }
}
