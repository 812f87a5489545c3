package org.mtp.domain.geo;

/** Where a point lies relative to a closed ring. */
enum RingLocation {
    INSIDE,
    BOUNDARY,
    OUTSIDE
}
