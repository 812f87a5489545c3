package org.mtp.bootstrap.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hostile-input sender: writes exact request bytes over a socket (no client library to tidy them up) and keeps the
 * answer's head lines raw, so a test can see a split header; the body is not validated, the caller judges it.
 */
public final class RawExchange {

    private RawExchange() {}

    /** One raw answer: status, the header lines as received, the body (de-chunked) as UTF-8. */
    public record Answer(int status, List<String> headerLines, String body) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).strip())
                    .findFirst();
        }

        public List<String> headerNames() {
            return headerLines.stream()
                    .map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')).strip() : l)
                    .toList();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    /** Head (request line and headers, CRLF-joined here), then the body; adds Content-Length and Connection: close. */
    public static Answer send(int port, String method, String target, List<String> headers, byte[] body) {
        StringBuilder head =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body.length > 0 || !method.equals("GET") && !method.equals("DELETE")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(headBytes);
            try {
                out.write(body);
                out.flush();
            } catch (SocketException closedEarly) {
                // The server may answer (413) and close before an oversized body is fully written; read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all;
        try {
            all = in.readAllBytes();
        } catch (SocketException reset) {
            throw new IOException("connection reset before a complete answer", reset);
        }
        int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (headEnd < 0) {
            throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n", -1);
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(Arrays.asList(lines).subList(1, lines.length));
        byte[] rest = Arrays.copyOfRange(all, headEnd + 4, all.length);
        boolean chunked = headers.stream()
                .anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                        && l.toLowerCase(Locale.ROOT).contains("chunked"));
        return new Answer(status, headers, new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
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
        return -1;
    }
}
