package org.mtp.domain.sequence;

/**
 * A Mapillary user's key (v3) or numeric id (v4): 1..100 characters of {@code [A-Za-z0-9_-]}, the alphabet Mapillary's
 * v3 keys and v4 ids share.
 */
public record MapillaryUserId(String value) {

    public MapillaryUserId {
        MapillaryKeys.require("mapillary_user_id", value);
    }

    public static MapillaryUserId of(String value) {
        return new MapillaryUserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
