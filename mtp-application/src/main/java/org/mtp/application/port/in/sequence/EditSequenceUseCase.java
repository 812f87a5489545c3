package org.mtp.application.port.in.sequence;

import org.mtp.application.port.in.common.Actor;
import org.mtp.application.port.in.common.Change;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Use case: the owner changes a sequence's metadata and links (a partial update). */
public interface EditSequenceUseCase {

    SequenceView edit(Command command);

    /** The fields to change; kept fields stay as they are, a set null clears an optional one. */
    record Command(
            UserId actor,
            SequenceId sequence,
            Change<String> name,
            Change<String> description,
            Change<TransportType> transportType,
            Change<Tags> tags,
            Change<String> googleStreetView,
            Change<String> strava) {
        public Command {
            Actor.require(actor);
            Require.notNull("unique_id", sequence);
            Require.notNull("name", name);
            Require.notNull("description", description);
            Require.notNull("transport_type", transportType);
            Require.notNull("tags", tags);
            Require.notNull("google_street_view", googleStreetView);
            Require.notNull("strava", strava);
        }
    }
}
