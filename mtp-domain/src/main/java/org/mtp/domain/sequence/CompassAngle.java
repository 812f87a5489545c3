package org.mtp.domain.sequence;

import org.mtp.domain.common.ValidationException;

/** The direction a photo faces, in degrees clockwise from north: 0 inclusive to 360 exclusive. */
public record CompassAngle(double degrees) {

    public CompassAngle {
        if (Double.isNaN(degrees) || degrees < 0.0 || degrees >= 360.0) {
            throw new ValidationException("compass_angle", "must be at least 0 and below 360, was " + degrees);
        }
    }

    public static CompassAngle of(double degrees) {
        return new CompassAngle(degrees);
    }
}
