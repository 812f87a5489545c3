package org.mtp.benchmarks.http;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Load benchmark: one keep-alive HTTP/1.1 connection over a plain socket, the cheapest client there is, so that on two
 * shared cores the generator takes as little CPU from the server as possible. It writes prepared request bytes and
 * reads the answer's status and whole body (Content-Length or chunked), discarding the body.
 */
final class HttpConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 30_000;

    private final InetSocketAddress address;
    private final byte[] line = new byte[8192];
    private final byte[] sink = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(int port) {
        this.address = new InetSocketAddress("127.0.0.1", port);
    }

    /** Sends one request and reads its answer; returns the status code. */
    int exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        out.write(request);
        out.flush();
        String status = readLine();
        if (status == null) {
            throw new EOFException("connection closed before the status line");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close");
                default -> {}
            }
        }
        if (chunked) {
            readChunks();
        } else if (length > 0) {
            skip(length);
        }
        if (close) {
            close();
        }
        return code;
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(address, TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private void readChunks() throws IOException {
        while (true) {
            String size = readLine();
            if (size == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = size.indexOf(';');
            long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (true) {
                    String trailer = readLine();
                    if (trailer == null || trailer.isEmpty()) {
                        return;
                    }
                }
            }
            skip(length);
            readLine();
        }
    }

    private void skip(long length) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (read < 0) {
                throw new EOFException("connection closed inside a body");
            }
            left -= read;
        }
    }

    /** A CRLF-terminated line without its terminator; null at the end of the stream. */
    private String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return length == 0 ? null : new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (b == '\n') {
                int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                return new String(line, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (length == line.length) {
                throw new IOException("header line longer than " + line.length + " bytes");
            }
            line[length++] = (byte) b;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we no longer use: nothing to do about it
            }
            socket = null;
        }
    }
}
