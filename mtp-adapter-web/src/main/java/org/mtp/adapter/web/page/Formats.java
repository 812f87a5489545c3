package org.mtp.adapter.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.sequence.CompassAngle;

/** How values read on a page: times in UTC, labelled so; distances in km; angles in whole degrees. */
public final class Formats {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private Formats() {}

    /** E.g. {@code 2024-01-05 10:00:00 UTC}; empty for an unknown time. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    /** For a {@code <time datetime>} attribute. */
    public static String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }

    public static String km(Distance distance) {
        return String.format(Locale.ROOT, "%.2f km", distance.km());
    }

    public static String degrees(CompassAngle angle) {
        return angle == null ? "–" : Math.round(angle.degrees()) % 360 + "°";
    }

    /** A map's {@code data-bounds}: south, west, north, east, as Leaflet takes them. */
    public static String bounds(BoundingBox b) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", b.minLat(), b.minLon(), b.maxLat(), b.maxLon());
    }

    /**
     * A map's {@code data-area}: the area's polygons as nested {@code [lat, lon]} arrays (polygons, rings, positions;
     * the first ring of each polygon its shell, the others its holes), the shape Leaflet's polygon takes.
     */
    public static String area(Area area) {
        StringJoiner polygons = new StringJoiner(",", "[", "]");
        for (Polygon polygon : area.polygons()) {
            StringJoiner rings = new StringJoiner(",", "[", "]");
            for (LinearRing ring : polygon.rings()) {
                StringJoiner positions = new StringJoiner(",", "[", "]");
                for (GeoPoint p : ring.positions()) {
                    positions.add("[" + p.lat() + "," + p.lon() + "]");
                }
                rings.add(positions.toString());
            }
            polygons.add(rings.toString());
        }
        return polygons.toString();
    }
}
