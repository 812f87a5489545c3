package org.mtp.adapter.persistence.write.tour;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.mtp.domain.common.Limits;

/** Persistence adapter: one row of {@code tour_tags}, a tag at its position in the tour's tag list. */
@Embeddable
record TourTagJpaValue(
        @Column(name = "position", nullable = false) int position,

        @Column(name = "tag", nullable = false, length = Limits.TAG_MAX_LENGTH)
        String tag) {}
