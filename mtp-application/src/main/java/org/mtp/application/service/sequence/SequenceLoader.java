package org.mtp.application.service.sequence;

import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Loads a sequence the way every use case must: someone else's draft is as absent as an unknown id. */
public final class SequenceLoader {

    private final SequenceRepository sequences;

    public SequenceLoader(SequenceRepository sequences) {
        this.sequences = sequences;
    }

    public Sequence visibleTo(UserId viewer, SequenceId id) {
        return sequences
                .findById(id)
                .filter(s -> s.visibleTo(viewer))
                .orElseThrow(() -> new NotFoundException("sequence", id));
    }
}
