package org.mtp.adapter.persistence.write.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Persistence adapter: one row of {@code challenge_area_positions}: a position of the area's polygon
 * {@code polygonIndex}, ring {@code ringIndex} (0 is the shell, then the holes), at {@code positionIndex}.
 */
@Embeddable
record AreaPositionJpaValue(
        @Column(name = "polygon_index", nullable = false) int polygonIndex,
        @Column(name = "ring_index", nullable = false) int ringIndex,
        @Column(name = "position_index", nullable = false) int positionIndex,
        @Column(name = "lon", nullable = false) double lon,
        @Column(name = "lat", nullable = false) double lat) {}
