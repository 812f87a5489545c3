package org.mtp.domain.geo;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.ValidationException;

/**
 * The size limit of an area, checked before any quadratic work is done on the positions it counts, so an oversized area
 * is refused cheaply.
 */
final class PositionLimit {

    private PositionLimit() {}

    static void require(String what, long positions) {
        if (positions > Limits.AREA_POSITIONS_MAX) {
            throw new ValidationException(
                    "area",
                    what + " has " + positions + " positions; at most " + Limits.AREA_POSITIONS_MAX + " are allowed");
        }
    }
}
