package org.mtp.domain.tour;

import org.mtp.domain.geo.Distance;

/** A tour's derived figures: the sums over its sequences. */
public record TourTotals(long photos, Distance distance) {}
