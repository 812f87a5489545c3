package org.mtp.application.service.sequence;

import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** A sequence as a viewer reads it, in one read-model call; someone else's draft is as absent as an unknown id. */
final class SequenceViews {

    private final SequenceReadModel readModel;

    SequenceViews(SequenceReadModel readModel) {
        this.readModel = readModel;
    }

    /** Inside a unit of work: after a write in the same one, the view shows that write. */
    SequenceView visibleTo(UserId viewer, SequenceId id) {
        return readModel
                .view(id)
                .filter(stored -> stored.sequence().visibleTo(viewer))
                .map(stored -> new SequenceView(
                        stored.sequence(),
                        stored.ownerName(),
                        stored.likeCount(),
                        stored.viewpoints(),
                        stored.revision()))
                .orElseThrow(() -> new NotFoundException("sequence", id));
    }
}
