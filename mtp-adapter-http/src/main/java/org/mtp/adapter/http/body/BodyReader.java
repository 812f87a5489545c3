package org.mtp.adapter.http.body;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Reads a request body under the conventions: at most {@code maxBytes} (else 413, checked against Content-Length before
 * reading); JSON, urlencoded or multipart; a body that is JSON is read as JSON whatever form type it claims (the seed's
 * curl sends JSON as {@code x-www-form-urlencoded}); valid UTF-8 only.
 */
public final class BodyReader {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final byte[] NO_BYTES = new byte[0];
    private final Json json;
    private final long maxBytes;

    public BodyReader(Json json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    public RequestBody read(Context ctx) {
        byte[] bytes = readLimited(ctx);
        if (bytes.length == 0) {
            return RequestBody.empty();
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("multipart/form-data")) {
            return MultipartParser.parse(bytes, boundary(contentType));
        }
        if (looksLikeJson(bytes) || mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            return RequestBody.of(jsonObject(bytes));
        }
        if (mediaType.isEmpty() || mediaType.equals("application/x-www-form-urlencoded")) {
            return RequestBody.of(Params.ofStrings(FormDecoder.decode(Utf8.decode(bytes, "the body"), "the body")));
        }
        throw ApiException.of(
                415,
                "unsupported_media_type",
                "send application/json, application/x-www-form-urlencoded or multipart/form-data, not " + mediaType);
    }

    private Params jsonObject(byte[] bytes) {
        Object tree = json.parseTree(Utf8.decode(bytes, "the body"));
        if (!(tree instanceof Map<?, ?> object)) {
            throw ApiException.malformedBody("the JSON body must be an object");
        }
        return Params.ofJsonObject(object);
    }

    // Not ctx.bodyAsBytes(): it applies the same limit, but lets the IOException of a body whose chunks are broken
    // through undeclared, which the error mapping can only answer as a 500.
    private byte[] readLimited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        if (declared == 0 || declared < 0 && ctx.header("Transfer-Encoding") == null) {
            // RFC 9112 6.3: a request with neither Content-Length nor Transfer-Encoding has no body; most GETs.
            return NO_BYTES;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] chunk = new byte[8192];
            int read;
            long total = 0;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.malformedBody("the body could not be read completely");
        }
    }

    private ApiException tooLarge() {
        return ApiException.of(413, "payload_too_large", "the request body exceeds " + maxBytes + " bytes");
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    // Not Jetty's MultiPart.extractBoundary: it misses "BOUNDARY=", yet parameter names are case-insensitive (RFC
    // 9110).
    private static String boundary(String contentType) {
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            throw ApiException.malformedBody("multipart/form-data needs a boundary parameter");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
