package org.mtp.application.service.sequence;

import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;

/**
 * Policy: one mtp sequence per Mapillary sequence. Checked early to spare a useless Mapillary fetch, and again in the
 * writing transaction; the store's unique key settles true races.
 */
final class KeyAvailability {

    private final SequenceRepository sequences;

    KeyAvailability(SequenceRepository sequences) {
        this.sequences = sequences;
    }

    /** Fails with KeyTaken when a sequence other than {@code except} (may be null) holds the key. */
    void requireFree(MapillarySequenceKey key, SequenceId except) {
        sequences
                .findIdByMapillaryKey(key)
                .filter(holder -> !holder.equals(except))
                .ifPresent(holder -> {
                    throw new SequenceFailures.KeyTaken(key);
                });
    }
}
