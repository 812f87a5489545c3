package org.mtp.adapter.web.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
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
}
