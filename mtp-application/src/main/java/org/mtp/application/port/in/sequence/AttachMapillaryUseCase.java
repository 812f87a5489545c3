package org.mtp.application.port.in.sequence;

import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.AttachOutcome;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.user.UserId;

/**
 * Use case: the uploader's PUT on a draft: attach the Mapillary sequence (verify the token, check the sequence is the
 * token user's, publish) and/or the Street View and Strava links, in any order and repeatedly.
 */
public interface AttachMapillaryUseCase {

    Result attach(Command command);

    /** Key and token come together; links may come alone. At least one of them is required. */
    record Command(
            UserId actor, SequenceId sequence, MapillarySequenceKey key, MapillaryToken token, SequenceLinks links) {
        public Command {
            Actor.require(actor);
            Require.notNull("unique_id", sequence);
            links = links == null ? SequenceLinks.NONE : links;
            if (key != null && token == null) {
                throw new ValidationException("mapillary_user_token", "is required with the Mapillary sequence key");
            }
            if (token != null && key == null) {
                throw new ValidationException("mapillary_sequence_key", "is required with the Mapillary token");
            }
            if (key == null && links.isEmpty()) {
                throw new ValidationException(
                        "mapillary_sequence_key",
                        "give the Mapillary sequence key and token, or a google_street_view or strava link");
            }
        }

        public boolean attachesMapillary() {
            return key != null;
        }
    }

    /** The sequence after the change, and whether the Mapillary part published it or found it already attached. */
    record Result(SequenceView view, AttachOutcome mapillaryOutcome) {}
}
