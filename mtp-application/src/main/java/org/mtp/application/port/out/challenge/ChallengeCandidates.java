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

  void forEachCandidate(Challenge challenge, Consumer<ChallengeCandidate> sink);
}
