package org.mtp.application.port.out.mapillary;

import java.util.Locale;

/** The two image projections Mapillary accepts: flat (perspective or fisheye) and equirectangular 360° panoramas. */
public enum MapillaryProjection {
    FLAT("flat"),
    EQUIRECTANGULAR("equirectangular");

    private final String wireName;

    MapillaryProjection(String wireName) {
        this.wireName = wireName;
    }

    /** Parses the uploader's name for a projection; anything else is rejected on field {@code projection}. */
    public static MapillaryProjection fromName(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (MapillaryProjection p : values()) {
                if (p.wireName.equals(wanted)) {
                    return p;
                }
            }
        }
        throw new MapillaryException.UploadRejected("projection", "must be 'flat' or 'equirectangular', was " + name);
    }

    public String wireName() {
        return wireName;
    }
}
