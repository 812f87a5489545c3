package org.mtp.application.service.sequence;

import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.domain.sequence.Sequence;

/**
 * Writes a changed sequence the way every use case must, inside its unit of work: the aggregate to its store, and what
 * the aggregate recorded to the derived data.
 */
public final class SequenceChanges {

    private final SequenceRepository sequences;
    private final DerivedData derived;

    public SequenceChanges(SequenceRepository sequences, DerivedData derived) {
        this.sequences = sequences;
        this.derived = derived;
    }

    /** Stores {@code sequence}, then hands over what it recorded (a new share needs the stored row). */
    public void save(Sequence sequence) {
        sequences.save(sequence);
        derived.record(sequence.takeEvents());
    }

    /**
     * Hands over the deletion {@code sequence} recorded, then deletes it (taking back its share reads its counters).
     */
    public void delete(Sequence sequence) {
        derived.record(sequence.takeEvents());
        sequences.delete(sequence.id());
    }
}
