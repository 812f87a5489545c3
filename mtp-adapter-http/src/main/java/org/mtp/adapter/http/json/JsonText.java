package org.mtp.adapter.http.json;

import java.time.Instant;
import java.util.UUID;

/**
 * JSON text written by hand, character for character as {@link Json} writes it (compact, nulls written, strings escaped
 * as Moshi escapes them, numbers as {@link Double#toString} and {@link Long#toString}), for a hot read where Moshi's
 * reflective record writing was most of the request (measured in docs/performance.md, "HTTP load"). Member names are
 * the caller's constants and must need no escaping.
 */
public final class JsonText {

    private static final int MAX_DEPTH = 16;

    private final StringBuilder out;
    /** Per open object or array: whether it has a member or element yet, so the next one needs a comma. */
    private final boolean[] filled = new boolean[MAX_DEPTH];
    /** Per open level: an object, whose members' names place the commas, or an array, whose values do. */
    private final boolean[] object = new boolean[MAX_DEPTH];

    private int depth;

    public JsonText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    public JsonText beginObject() {
        beforeValue();
        return open('{', true);
    }

    public JsonText endObject() {
        return close('}');
    }

    public JsonText beginArray() {
        beforeValue();
        return open('[', false);
    }

    public JsonText endArray() {
        return close(']');
    }

    /** The next member's name; the value follows. */
    public JsonText name(String name) {
        comma();
        out.append('"').append(name).append("\":");
        return this;
    }

    public JsonText value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonText value(Instant value) {
        return value(value == null ? null : InstantJsonAdapter.format(value));
    }

    public JsonText value(UUID value) {
        return value(value == null ? null : value.toString());
    }

    public JsonText value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no number " + value);
        }
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonText value(Double value) {
        if (value == null) {
            beforeValue();
            out.append("null");
            return this;
        }
        return value(value.doubleValue());
    }

    public JsonText value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonText value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** The text written; every object and array must be closed. */
    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("an object or array is still open");
        }
        return out.toString();
    }

    private JsonText open(char bracket, boolean isObject) {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("nested deeper than " + MAX_DEPTH);
        }
        object[depth] = isObject;
        filled[depth++] = false;
        out.append(bracket);
        return this;
    }

    private JsonText close(char bracket) {
        depth--;
        out.append(bracket);
        return this;
    }

    /** A value in an array is preceded by a comma unless it is the first; in an object its name placed the comma. */
    private void beforeValue() {
        if (depth > 0 && !object[depth - 1]) {
            comma();
        }
    }

    private void comma() {
        if (filled[depth - 1]) {
            out.append(',');
        }
        filled[depth - 1] = true;
    }

    /**
     * Quoted and escaped as Moshi does: control characters, quote, backslash, and U+2028 and U+2029. Text with none of
     * them (nearly all) is copied whole, not character by character.
     */
    private void string(String value) {
        out.append('"');
        if (!needsEscaping(value)) {
            out.append(value).append('"');
            return;
        }
        int last = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement;
            if (c < 0x20) {
                replacement = control(c);
            } else if (c == '"') {
                replacement = "\\\"";
            } else if (c == '\\') {
                replacement = "\\\\";
            } else if (c == '\u2028') {
                replacement = "\\u2028";
            } else if (c == '\u2029') {
                replacement = "\\u2029";
            } else {
                continue;
            }
            out.append(value, last, i).append(replacement);
            last = i + 1;
        }
        out.append(value, last, length).append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String control(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\f' -> "\\f";
            default -> String.format("\\u%04x", (int) c);
        };
    }
}
