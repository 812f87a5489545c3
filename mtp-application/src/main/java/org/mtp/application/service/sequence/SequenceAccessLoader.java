package org.mtp.application.service.sequence;

import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.domain.sequence.SequenceAccess;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Loads what the rules of liking and marking need of a sequence from its one-row stamp, not the aggregate with every
 * photo; someone else's draft is as absent as an unknown id.
 */
public final class SequenceAccessLoader {

    private final SequenceReadModel readModel;

    public SequenceAccessLoader(SequenceReadModel readModel) {
        this.readModel = readModel;
    }

    public SequenceAccess visibleTo(UserId viewer, SequenceId id) {
        return readModel
                .stamp(id)
                .map(stamp -> new SequenceAccess(id, stamp.owner(), stamp.published()))
                .filter(access -> access.visibleTo(viewer))
                .orElseThrow(() -> new NotFoundException("sequence", id));
    }
}
