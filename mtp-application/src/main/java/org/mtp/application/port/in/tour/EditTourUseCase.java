package org.mtp.application.port.in.tour;

import org.mtp.application.port.in.common.Actor;
import org.mtp.application.port.in.common.Change;
import org.mtp.domain.common.Require;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner edits a tour's name, description and tags (a partial update). */
public interface EditTourUseCase {
    TourView edit(Command command);

    /** Kept fields stay; a set null description clears it. */
    record Command(UserId actor, TourId tour, Change<String> name, Change<String> description, Change<Tags> tags) {
        public Command {
            Actor.require(actor);
            Require.notNull("unique_id", tour);
            Require.notNull("name", name);
            Require.notNull("description", description);
            Require.notNull("tags", tags);
        }
    }
}
