package org.mtp.application.service.challenge;

import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.sequence.Sequence;

/** Turns a published sequence into what a challenge scores: owner, transport, camera, capture time and photos. */
public final class Candidates {

    private Candidates() {}

    public static ChallengeCandidate of(Sequence s) {
        return new ChallengeCandidate(
                s.owner(),
                s.details().transportType(),
                s.cameraMake().orElse(null),
                s.capturedAt().orElse(null),
                s.photos());
    }
}
