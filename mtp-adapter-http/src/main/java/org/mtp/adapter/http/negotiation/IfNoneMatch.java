package org.mtp.adapter.http.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-None-Match} header as RFC 9110 section 13.1.2 reads it: {@code *}, or a list of entity tags compared
 * weakly (a {@code W/} prefix on either side is ignored, the opaque parts must be equal). A header that is absent or
 * does not parse as that grammar matches nothing, so the request is answered in full.
 */
public final class IfNoneMatch {

    private static final IfNoneMatch NONE = new IfNoneMatch(false, List.of());

    private final boolean any;
    private final List<String> opaqueTags;

    private IfNoneMatch(boolean any, List<String> opaqueTags) {
        this.any = any;
        this.opaqueTags = opaqueTags;
    }

    /** {@code header} may be null (no such header). */
    public static IfNoneMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return new IfNoneMatch(true, List.of());
        }
        List<String> tags = new ArrayList<>();
        int at = 0;
        int length = header.length();
        while (at < length) {
            char c = header.charAt(at);
            if (c == ' ' || c == '\t' || c == ',') {
                at++;
                continue;
            }
            if (header.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= length || header.charAt(at) != '"') {
                return NONE;
            }
            int close = header.indexOf('"', at + 1);
            if (close < 0) {
                return NONE;
            }
            tags.add(header.substring(at, close + 1));
            at = close + 1;
            if (at < length && header.charAt(at) != ',' && header.charAt(at) != ' ' && header.charAt(at) != '\t') {
                return NONE;
            }
        }
        return new IfNoneMatch(false, List.copyOf(tags));
    }

    /** Whether the header was given and is something to compare. */
    public boolean present() {
        return any || !opaqueTags.isEmpty();
    }

    /** Whether the current representation, whose entity tag is {@code currentTag}, matches (so is not modified). */
    public boolean matches(String currentTag) {
        String opaque = currentTag.startsWith("W/") ? currentTag.substring(2) : currentTag;
        return any || opaqueTags.contains(opaque);
    }
}
