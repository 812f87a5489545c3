package org.mtp.adapter.persistence.write.tour;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Persistence adapter: one row of {@code tour_sequences}, a sequence at its position in the tour. */
@Embeddable
record TourSequenceJpaValue(
        @Column(name = "position", nullable = false) int position,
        @Column(name = "sequence_id", nullable = false) UUID sequenceId) {}
