package org.mtp.application.port.in.sequence;

import java.util.List;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.user.UserId;

/**
 * Use case: the user's Mapillary sequences with photos captured in a window that nobody has imported yet, through the
 * stored Mapillary connection.
 */
public interface ListImportableUseCase {

    List<MapillarySequenceSummary> listImportable(Query query);

    /** Whose sequences, captured when. */
    record Query(UserId actor, TimeRange window) {
        public Query {
            Actor.require(actor);
            Require.notNull("window", window);
        }
    }
}
