package org.mtp.application.port.in.tour;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.user.Username;

/** Use case: list tours newest first, optionally one user's, those whose name contains a text, those with tags. */
public interface ListToursUseCase {

    Page<TourView> list(Query query);

    /** Every tour, or one user's: the list without a search. */
    default Page<TourView> list(Username owner, PageRequest page) {
        return list(new Query(owner, null, Tags.NONE, page));
    }

    /**
     * Null filters mean "any": {@code owner} exact (an unknown user has no tours), {@code nameContains} anywhere in the
     * name ignoring case, taken literally, and every one of {@code tags}.
     */
    record Query(Username owner, String nameContains, Tags tags, PageRequest page) {
        public Query {
            Require.notNull("page", page);
            if (nameContains != null) {
                Text.require("name", nameContains, 1, Limits.NAME_MAX);
            }
            tags = tags == null ? Tags.NONE : tags;
        }
    }
}
