package org.mtp.bootstrap.recorded;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: replaces what differs from run to run in recorded text (generated ids, random tokens and nonces, the
 * signatures of cursors and forms, the servers' ports) with placeholders numbered per kind in order of first
 * appearance, so that the same value is the same placeholder wherever it shows and a changed relationship still shows.
 */
final class VolatileValues {

    /** Generated ids: users, sequences, tours, challenges, tokens, registered clients, error references. */
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** 32 random bytes in base64url: access tokens, authorization codes, client secrets, Mapillary states. */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    /** The sign-in form's cookie, a random nonce. */
    private static final Pattern NONCE = Pattern.compile("(?<=mtp_authorize=)[A-Za-z0-9_-]+");
    /** The sign-in form's signed token (expiry, the cookie's nonce, the request's digest). */
    private static final Pattern FORM_TOKEN =
            Pattern.compile("(?<=form_token\" value=\"|form_token=)[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    /** A list cursor: base64url JSON of the list and the last position, then a signature made with the data's key. */
    private static final Pattern CURSOR = Pattern.compile("(?<=cursor=)([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+");
    /** A string of a cursor's position that may itself be base64url text, which may hold an id. */
    private static final Pattern ENCODED = Pattern.compile("(?<=\")[A-Za-z0-9_-]{4,}(?=\")");
    /** An entity tag: a digest of a body that holds generated ids differs from run to run like the ids. */
    private static final Pattern ETAG = Pattern.compile("(?<=(?i:etag|if-none-match|if-match): )(W/)?\"[^\"]*\"");

    /** A request id the service generated, in its header or as the reference of a 500 problem. */
    private static final Pattern REQUEST_ID = Pattern.compile("(?<=(?i:x-request-id): |reference )[!-~]+");

    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> placeholders = new HashMap<>();

    /** Text that will show {@code address} (a server's base URL with its port) as {@code name}. */
    VolatileValues address(String address, String name) {
        addresses.put(address, name);
        return this;
    }

    /** {@code text} with every volatile value replaced; the numbering carries on from the text given before. */
    String normalise(String text) {
        String out = text;
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            out = out.replace(address.getKey(), address.getValue());
        }
        // Cursors first, so that the ids encoded inside them are numbered with the ids outside; forms before the
        // 43-character rule, which would otherwise take their signature for a token.
        out = replace(
                CURSOR,
                out,
                cursor -> "<cursor "
                        + decoded(cursor.substring(0, cursor.indexOf('.')))
                                .map(position -> replace(
                                        ENCODED,
                                        position,
                                        part -> decoded(part)
                                                .map(inner -> "<base64 " + inner + ">")
                                                .orElse(part)))
                                .map(this::normalise)
                                .orElse(cursor)
                        + ">");
        out = replace(ETAG, out, tag -> placeholder("etag", tag));
        out = replace(REQUEST_ID, out, id -> placeholder("request-id", id));
        out = replace(FORM_TOKEN, out, token -> placeholder("form-token", token));
        out = replace(NONCE, out, nonce -> placeholder("nonce", nonce));
        out = replace(UUID, out, id -> placeholder("uuid", id));
        return replace(TOKEN, out, token -> placeholder("token", token));
    }

    private String placeholder(String kind, String value) {
        Map<String, String> known = placeholders.computeIfAbsent(kind, k -> new HashMap<>());
        return known.computeIfAbsent(value, v -> "<" + kind + "-" + (known.size() + 1) + ">");
    }

    private static String replace(Pattern pattern, String text, Function<String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Base64url {@code text} decoded, when that is printable ASCII (what cursors encode); else empty. */
    private static Optional<String> decoded(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            return decoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? Optional.of(decoded) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
