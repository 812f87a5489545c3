package org.mtp.application.model.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes GPX 1.1 (https://www.topografix.com/GPX/1/1/): one track with a segment per given list of points, a
 * {@code trkpt} per point with its time when known and its name. Element order follows the GPX schema; every text goes
 * through {@link Xml#escape}; coordinates are plain decimals, as {@code xsd:decimal} requires. Format-neutral of any
 * adapter, so the REST API and the web app answer the same file.
 */
public final class Gpx {

    public static final String NAMESPACE = "http://www.topografix.com/GPX/1/1";

    /** UTC with exactly three fraction digits, as the API writes instants. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Gpx() {}

    /** One point of a track: where, when (null when unknown) and a name (the photo's key). */
    public record Point(double lon, double lat, Instant time, String name) {}

    /**
     * A track: its name, description and type (either may be null) and its segments; an empty list of segments is a
     * track without points, as for a draft.
     */
    public record Track(String name, String description, String type, List<List<Point>> segments) {}

    public static String write(Track track) {
        StringBuilder out = new StringBuilder(512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<gpx version=\"1.1\" creator=\"mtp\" xmlns=\"")
                .append(NAMESPACE)
                .append("\">\n")
                .append("  <metadata>");
        element(out, "name", track.name());
        element(out, "desc", track.description());
        out.append("</metadata>\n  <trk>");
        element(out, "name", track.name());
        element(out, "desc", track.description());
        element(out, "type", track.type());
        out.append('\n');
        for (List<Point> segment : track.segments()) {
            out.append("    <trkseg>\n");
            for (Point point : segment) {
                out.append("      <trkpt lat=\"")
                        .append(decimal(point.lat()))
                        .append("\" lon=\"")
                        .append(decimal(point.lon()))
                        .append("\">");
                element(out, "time", point.time() == null ? null : TIME.format(point.time()));
                element(out, "name", point.name());
                out.append("</trkpt>\n");
            }
            out.append("    </trkseg>\n");
        }
        return out.append("  </trk>\n</gpx>\n").toString();
    }

    private static void element(StringBuilder out, String name, String text) {
        if (text != null) {
            out.append('<')
                    .append(name)
                    .append('>')
                    .append(Xml.escape(text))
                    .append("</")
                    .append(name)
                    .append('>');
        }
    }

    /** Never scientific notation, which {@code xsd:decimal} does not allow. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
