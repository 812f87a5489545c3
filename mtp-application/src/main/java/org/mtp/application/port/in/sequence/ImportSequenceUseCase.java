package org.mtp.application.port.in.sequence;

import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.user.UserId;

/** Use case: import one of the user's Mapillary sequences in one step, with the stored Mapillary connection. */
public interface ImportSequenceUseCase {

    SequenceView importSequence(Command command);

    /** Which Mapillary sequence, and the metadata to give it. */
    record Command(UserId actor, MapillarySequenceKey key, SequenceDetails details) {
        public Command {
            Actor.require(actor);
            Require.notNull("sequence_key", key);
            Require.notNull("details", details);
        }
    }
}
