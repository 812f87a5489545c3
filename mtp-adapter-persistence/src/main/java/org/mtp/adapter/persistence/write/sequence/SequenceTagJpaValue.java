package org.mtp.adapter.persistence.write.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.mtp.domain.common.Limits;

/** Persistence adapter: one row of {@code sequence_tags}, a tag at its position in the sequence's tag list. */
@Embeddable
record SequenceTagJpaValue(
        @Column(name = "position", nullable = false) int position,

        @Column(name = "tag", nullable = false, length = Limits.TAG_MAX_LENGTH)
        String tag) {}
