package org.mtp.application.port.in.sequence;

import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case: finish one's draft from the web app by attaching a Mapillary sequence with the person's stored Mapillary
 * connection, under the rules of the uploader's {@link AttachMapillaryUseCase}.
 */
public interface AttachStoredMapillaryUseCase {

    SequenceView attachStored(Command command);

    /** Whose draft, and which of their Mapillary sequences. */
    record Command(UserId actor, SequenceId sequence, MapillarySequenceKey key) {
        public Command {
            Actor.require(actor);
            Require.notNull("unique_id", sequence);
            Require.notNull("mapillary_sequence_key", key);
        }
    }
}
