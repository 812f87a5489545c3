package org.mtp.domain.sequence;

/**
 * A Mapillary sequence key; v3 keys and v4 sequence ids are the same strings: 1..100 characters of
 * {@code [A-Za-z0-9_-]}, the alphabet Mapillary's v3 keys and v4 ids share.
 */
public record MapillarySequenceKey(String value) {

    public MapillarySequenceKey {
        MapillaryKeys.require("mapillary_sequence_key", value);
    }

    public static MapillarySequenceKey of(String value) {
        return new MapillarySequenceKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
