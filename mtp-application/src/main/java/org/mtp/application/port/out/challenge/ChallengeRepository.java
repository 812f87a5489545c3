package org.mtp.application.port.out.challenge;

import java.time.Instant;
import java.util.Optional;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;

/** Outgoing port storing challenges with their areas. */
public interface ChallengeRepository {

    void save(Challenge challenge);

    Optional<Challenge> findById(ChallengeId id);

    /** Challenges that {@code query} selects at {@code now}, newest first (created at, then id). */
    Page<Challenge> list(ChallengeQuery query, Instant now, PageRequest page);

    void delete(ChallengeId id);
}
