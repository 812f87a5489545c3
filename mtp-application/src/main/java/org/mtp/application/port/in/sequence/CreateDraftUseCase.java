package org.mtp.application.port.in.sequence;

import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Use case: create a draft sequence (metadata only) before Mapillary has the imagery, as the uploader does. */
public interface CreateDraftUseCase {

    SequenceId createDraft(Command command);

    /** Who creates it and what they say about it. */
    record Command(UserId actor, SequenceDetails details) {
        public Command {
            Actor.require(actor);
            Require.notNull("details", details);
        }
    }
}
