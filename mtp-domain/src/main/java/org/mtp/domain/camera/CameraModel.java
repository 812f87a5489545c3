package org.mtp.domain.camera;

import java.util.Locale;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;

/** A camera model's name; compared case-insensitively after trimming, like makes. */
public record CameraModel(String name) {

    public CameraModel {
        name = Text.requireTrimmed("camera_model", name, 1, Limits.CAMERA_MAX);
    }

    public static CameraModel of(String name) {
        return new CameraModel(name);
    }

    public String normalized() {
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean matches(CameraModel other) {
        return other != null && normalized().equals(other.normalized());
    }

    @Override
    public String toString() {
        return name;
    }
}
