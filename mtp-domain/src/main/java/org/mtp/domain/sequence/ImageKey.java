package org.mtp.domain.sequence;

/**
 * The Mapillary key (v3) or id (v4) of one photo: 1..100 characters of {@code [A-Za-z0-9_-]}, the alphabet Mapillary's
 * v3 keys and v4 ids share.
 */
public record ImageKey(String value) {

    public ImageKey {
        MapillaryKeys.require("image_key", value);
    }

    public static ImageKey of(String value) {
        return new ImageKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
