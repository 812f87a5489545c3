package org.mtp.domain.camera;

import java.util.Locale;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;

/** A camera maker's name as Mapillary reports it; "GoPro" and "gopro " are the same make. */
public record CameraMake(String name) {

    public CameraMake {
        name = Text.requireTrimmed("camera_make", name, 1, Limits.CAMERA_MAX);
    }

    public static CameraMake of(String name) {
        return new CameraMake(name);
    }

    /** The case-folded form every comparison and index uses. */
    public String normalized() {
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean matches(CameraMake other) {
        return other != null && normalized().equals(other.normalized());
    }

    @Override
    public String toString() {
        return name;
    }
}
