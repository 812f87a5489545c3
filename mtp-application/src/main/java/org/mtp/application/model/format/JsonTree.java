package org.mtp.application.model.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.domain.common.ValidationException;

/**
 * Reads one RFC 8259 JSON document into maps, lists, strings, doubles, booleans and nulls, for an adapter without a
 * JSON library of its own (the web app's pasted GeoJSON). Strict: a repeated member, a trailing value or any syntax
 * error fails with a {@link ValidationException} naming the field the text came from.
 */
public final class JsonTree {

    private static final int MAX_DEPTH = 64;

    private final String field;
    private final String text;
    private int at;

    private JsonTree(String field, String text) {
        this.field = field;
        this.text = text;
    }

    public static Object parse(String field, String text) {
        JsonTree reader = new JsonTree(field, text == null ? "" : text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at < reader.text.length()) {
            throw reader.fail("has more after the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw fail("nests deeper than " + MAX_DEPTH + " levels");
        }
        skipSpace();
        if (at >= text.length()) {
            throw fail("ends where a value should be");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw fail("has an object member without a quoted name");
            }
            String name = string();
            skipSpace();
            expect(':');
            Object value = value(depth + 1);
            if (members.containsKey(name)) {
                throw fail("repeats the member '" + name + "'");
            }
            members.put(name, value);
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw fail("has a control character inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> throw fail("has an unknown escape \\" + escaped);
            }
        }
        throw fail("has a string that is never closed");
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw fail("has a \\u escape without four hex digits");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw fail("has a \\u escape without four hex digits");
        }
    }

    private Object word(String word, Boolean value) {
        if (!text.startsWith(word, at)) {
            throw fail("has an unexpected character at position " + (at + 1));
        }
        at += word.length();
        return value;
    }

    private Double number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (!digits()) {
            throw fail("has an unexpected character at position " + (start + 1));
        }
        if (peek() == '.') {
            at++;
            if (!digits()) {
                throw fail("has a number without digits after its point at position " + (start + 1));
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw fail("has a number without digits in its exponent at position " + (start + 1));
            }
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw fail(
                    at >= text.length()
                            ? "ends where '" + wanted + "' should be"
                            : "has '" + text.charAt(at) + "' at position " + (at + 1) + " where '" + wanted
                                    + "' should be");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private ValidationException fail(String problem) {
        return new ValidationException(field, "is not JSON: it " + problem);
    }
}
