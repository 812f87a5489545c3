package org.mtp.application.port.out.challenge;

import java.util.function.Consumer;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeCandidate;

/**
 * Outgoing port handing the challenge leaderboard every published sequence that could score: a store may prefilter
 * (bounding box, window, transport, camera) but must not drop a sequence the challenge would count. The domain then
 * applies the exact rules.
 */
public interface ChallengeCandidates {

    /**
     * Hands every candidate to {@code sink}, one at a time, and returns once all went through. The sink may be called
     * on a thread other than the caller's (a store may decode while it reads), so it must not use the unit of work;
     * what it did is visible to the caller when this returns. A failure of the sink is thrown from here.
     */
    void forEachCandidate(Challenge challenge, Consumer<ChallengeCandidate> sink);
}
