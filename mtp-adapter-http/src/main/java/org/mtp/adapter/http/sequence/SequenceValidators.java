package org.mtp.adapter.http.sequence;

import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.route.ApiExchange;

/**
 * HTTP adapter: what lets a client or cache revalidate a sequence's single read: a strong entity tag made of the
 * sequence's revision and the representation (the three differ byte for byte), {@code Vary: Accept} since the
 * representation follows {@code Accept}, and {@code no-cache} so that every reuse is revalidated, {@code private} for a
 * draft, which only its owner may see.
 */
final class SequenceValidators {

    private SequenceValidators() {}

    static String entityTag(long revision, MediaType representation) {
        return "\"" + revision + "-" + suffix(representation) + "\"";
    }

    /** Sets {@code ETag}, {@code Vary} and {@code Cache-Control} on the answer, a 200 or a 304 alike. */
    static void apply(ApiExchange exchange, String entityTag, boolean published) {
        exchange.header("ETag", entityTag);
        exchange.header("Vary", "Accept");
        exchange.header("Cache-Control", published ? "no-cache" : "private, no-cache");
    }

    /** GeoJSON is at its second form (a track at one position became a Point), so a cached first form is not reused. */
    private static String suffix(MediaType representation) {
        if (representation.equals(MediaType.GEO_JSON)) {
            return "geojson2";
        }
        return representation.equals(MediaType.GPX) ? "gpx" : "json";
    }
}
