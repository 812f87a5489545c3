package org.mtp.application.model.mapillary;

import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;

/** A Mapillary user access token; its text never appears in {@link #toString()} and so never in a log line. */
public final class MapillaryToken {

    private final String value;

    private MapillaryToken(String value) {
        this.value = value;
    }

    public static MapillaryToken of(String value) {
        String text = Text.requireTrimmed("mapillary_token", value, 1, 4096);
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationException("mapillary_token", "must be printable ASCII");
        }
        return new MapillaryToken(text);
    }

    /** The secret itself, for the adapter that sends it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapillaryToken other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "MapillaryToken[****]";
    }
}
