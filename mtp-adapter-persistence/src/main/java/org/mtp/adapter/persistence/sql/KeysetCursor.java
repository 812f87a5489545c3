package org.mtp.adapter.persistence.sql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mtp.domain.common.ValidationException;

/**
 * Persistence adapter: the opaque cursor of a keyset page. It names the list it belongs to and the sort key of the last
 * row returned, so the next page starts strictly after that row ({@code WHERE (key) < (last key)} in the list's order)
 * whatever was inserted or deleted meanwhile; base64url, so clients treat it as a token. A cursor that does not decode
 * into exactly this list's key is a {@link ValidationException} on field {@code cursor}.
 */
public final class KeysetCursor {

    private static final String SEPARATOR = "|";
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));
    private static final int MAX_LENGTH = 400;

    private final List<String> parts;

    private KeysetCursor(List<String> parts) {
        this.parts = parts;
    }

    /** The cursor of list {@code kind} after the row whose sort key is {@code key}. */
    public static String encode(String kind, Object... key) {
        StringBuilder text = new StringBuilder(kind);
        for (Object part : key) {
            String value = part instanceof Instant instant ? Long.toString(instant.toEpochMilli()) : part.toString();
            if (value.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a cursor part must not contain '" + SEPARATOR + "': " + value);
            }
            text.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor of list {@code kind} holding {@code arity} key parts. */
    public static KeysetCursor decode(String cursor, String kind, int arity) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = List.of(SPLIT.split(text, -1));
        if (parts.size() != arity + 1 || !parts.get(0).equals(kind)) {
            throw invalid();
        }
        return new KeysetCursor(parts.subList(1, parts.size()));
    }

    public String text(int index) {
        return parts.get(index);
    }

    public long number(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public Instant instant(int index) {
        return Instant.ofEpochMilli(number(index));
    }

    public UUID uuid(int index) {
        try {
            UUID uuid = UUID.fromString(parts.get(index));
            if (!uuid.toString().equals(parts.get(index))) {
                throw invalid();
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("cursor", "is not a cursor of this list");
    }
}
