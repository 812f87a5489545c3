package org.mtp.adapter.web.manage;

import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.sequence.SequenceId;

/**
 * Reads a sequence a page lets its owner manage: someone else's draft is not found (as everywhere), someone else's
 * published sequence is refused ({@link NotOwnerException}, the 403 page), before any form is read.
 */
final class OwnSequences {

    private final GetSequenceUseCase sequences;

    OwnSequences(GetSequenceUseCase sequences) {
        this.sequences = sequences;
    }

    SequenceView owned(Viewer viewer, String rawId) {
        SequenceView view = sequences.get(viewer.id(), SequenceId.parse("id", rawId));
        if (!view.sequence().owner().equals(viewer.id())) {
            throw new NotOwnerException("sequence");
        }
        return view;
    }
}
