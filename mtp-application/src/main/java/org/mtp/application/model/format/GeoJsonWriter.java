package org.mtp.application.model.format;

import java.util.List;
import java.util.Map;
import org.mtp.domain.sequence.Photo;

/**
 * Writes an RFC 7946 GeoJSON Feature of a track as text, for an adapter without a JSON library of its own: the geometry
 * of {@link SequenceTracks} and flat properties (texts, whole numbers, or null). Texts are escaped as RFC 8259
 * requires, so any stored name or description is safe inside it.
 */
public final class GeoJsonWriter {

    private GeoJsonWriter() {}

    /** @param properties texts, {@link Number}s or null, written in the map's iteration order */
    public static String feature(String id, List<Photo> photos, Map<String, ?> properties) {
        StringBuilder out = new StringBuilder(256 + photos.size() * 40);
        out.append("{\"type\":\"Feature\",\"id\":");
        string(out, id);
        out.append(",\"geometry\":");
        String type = SequenceTracks.geometryType(photos);
        if (type == null) {
            out.append("null");
        } else {
            out.append("{\"type\":\"").append(type).append("\",\"coordinates\":");
            if (type.equals("Point")) {
                position(out, photos.get(0));
            } else {
                out.append('[');
                for (int i = 0; i < photos.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    position(out, photos.get(i));
                }
                out.append(']');
            }
            out.append('}');
        }
        out.append(",\"properties\":{");
        boolean first = true;
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, property.getKey());
            out.append(':');
            Object value = property.getValue();
            if (value == null) {
                out.append("null");
            } else if (value instanceof Number number) {
                out.append(number);
            } else {
                string(out, value.toString());
            }
        }
        return out.append("}}").toString();
    }

    private static void position(StringBuilder out, Photo photo) {
        out.append('[')
                .append(Gpx.decimal(photo.point().lon()))
                .append(',')
                .append(Gpx.decimal(photo.point().lat()))
                .append(']');
    }

    /** Appends {@code text} as a JSON string literal (quotes, backslashes, controls and line separators escaped). */
    public static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
