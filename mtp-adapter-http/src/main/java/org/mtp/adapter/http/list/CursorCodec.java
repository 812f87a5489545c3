package org.mtp.adapter.http.list;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.json.MalformedJsonException;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Opaque list cursors: the position of the last item (a small tuple of strings) and the kind of list, as base64url
 * JSON, followed by a truncated HMAC-SHA256, so a client can pass a cursor back but not forge or alter one, nor use one
 * list's cursor on another. Anything else is a 400 {@code invalid_cursor}.
 */
public final class CursorCodec {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final Json json;
    private final byte[] key;

    public CursorCodec(Json json, byte[] key) {
        this.json = json;
        this.key = key.clone();
    }

    public String encode(String kind, List<String> position) {
        String payload =
                ENCODER.encodeToString(json.write(List.of(kind, position)).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The position inside a cursor of list {@code kind}. */
    public List<String> decode(String kind, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        try {
            byte[] given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(payload))) {
                throw invalid();
            }
            Object tree = json.parseTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            if (tree instanceof List<?> pair
                    && pair.size() == 2
                    && kind.equals(pair.get(0))
                    && pair.get(1) instanceof List<?> position
                    && position.stream().allMatch(String.class::isInstance)) {
                return position.stream().map(String.class::cast).toList();
            }
            throw invalid();
        } catch (IllegalArgumentException | MalformedJsonException e) {
            throw invalid();
        }
    }

    /** The failure for a cursor that decodes but whose position the list cannot use. */
    public static ApiException invalid() {
        return ApiException.of(400, "invalid_cursor", "the cursor is not one this list issued")
                .withErrors(Map.of("cursor", List.of("is invalid")));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
