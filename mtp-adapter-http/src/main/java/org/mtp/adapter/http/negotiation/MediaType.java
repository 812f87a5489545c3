package org.mtp.adapter.http.negotiation;

import java.util.Locale;
import java.util.Optional;

/** A media type or media range ({@code type/subtype}, lower case, parameters dropped) as negotiation compares them. */
public record MediaType(String type, String subtype) {

    public static final MediaType JSON = new MediaType("application", "json");
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    public static final MediaType GEO_JSON = new MediaType("application", "geo+json");
    public static final MediaType GPX = new MediaType("application", "gpx+xml");
    public static final MediaType HTML = new MediaType("text", "html");

    public MediaType {
        type = type.toLowerCase(Locale.ROOT);
        subtype = subtype.toLowerCase(Locale.ROOT);
    }

    /** Parses {@code type/subtype[;params]}; empty when it is not of that shape. */
    public static Optional<MediaType> parse(String text) {
        String bare = text.split(";", 2)[0].strip();
        int slash = bare.indexOf('/');
        if (slash <= 0
                || slash == bare.length() - 1
                || bare.indexOf('/', slash + 1) >= 0
                || !bare.matches("[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+")) {
            return Optional.empty();
        }
        MediaType parsed = new MediaType(bare.substring(0, slash), bare.substring(slash + 1));
        if (parsed.type.equals("*") && !parsed.subtype.equals("*")) {
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    /**
     * How specifically this range matches {@code concrete}: 3 exact, 2 {@code type/*}, 1 {@code *}{@code /*}, 0 not.
     */
    int specificityFor(MediaType concrete) {
        if (type.equals("*")) {
            return 1;
        }
        if (!type.equals(concrete.type)) {
            return 0;
        }
        if (subtype.equals("*")) {
            return 2;
        }
        return subtype.equals(concrete.subtype) ? 3 : 0;
    }

    /** The header form, e.g. {@code application/json}. */
    @Override
    public String toString() {
        return type + "/" + subtype;
    }
}
