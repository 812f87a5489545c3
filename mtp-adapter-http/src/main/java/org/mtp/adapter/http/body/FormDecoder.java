package org.mtp.adapter.http.body;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (bodies and query strings): '+' is a space, percent escapes
 * are bytes, and the bytes must be UTF-8. A broken escape or invalid UTF-8 is a 400, not a silent replacement.
 *
 * <p>Written here because no library at hand refuses all of it: Jetty's {@code UrlEncoded} drops a bare last name cut
 * inside a UTF-8 sequence ({@code a=1&%C3}) without a word, and Javalin's {@code formParamMap()} decodes with
 * {@code URLDecoder}, which puts U+FFFD in place of invalid UTF-8.
 */
public final class FormDecoder {

    /** More fields than any route takes; bounds the work a hostile body can cause. */
    static final int MAX_FIELDS = 1_000;

    private FormDecoder() {}

    public static Map<String, List<String>> decode(String text, String what) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        int count = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw ApiException.malformedBody(what + " has more than " + MAX_FIELDS + " fields");
            }
            int equals = pair.indexOf('=');
            String name = unescape(equals < 0 ? pair : pair.substring(0, equals), what);
            String value = equals < 0 ? "" : unescape(pair.substring(equals + 1), what);
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String unescape(String text, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                if (i + 2 >= raw.length || hex(raw[i + 1]) < 0 || hex(raw[i + 2]) < 0) {
                    throw ApiException.malformedBody(what + " has a broken percent escape");
                }
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return Utf8.decode(bytes.toByteArray(), what);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
