package org.mtp.application.port.in.challenge;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/** Use case: list challenges newest first, optionally those upcoming, active or completed now, or by a name's part. */
public interface ListChallengesUseCase {

    Page<ChallengeView> list(Query query);

    /** Every challenge, or those in one status now: the list without a name search. */
    default Page<ChallengeView> list(ChallengeStatus status, PageRequest page) {
        return list(new Query(status, null, page));
    }

    /** Null filters mean "any"; {@code nameContains} matches anywhere in the name ignoring case, taken literally. */
    record Query(ChallengeStatus status, String nameContains, PageRequest page) {
        public Query {
            Require.notNull("page", page);
            if (nameContains != null) {
                Text.require("name", nameContains, 1, Limits.NAME_MAX);
            }
        }
    }
}
