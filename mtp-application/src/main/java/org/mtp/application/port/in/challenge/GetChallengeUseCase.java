package org.mtp.application.port.in.challenge;

import org.mtp.domain.challenge.ChallengeId;

/** Use case: read one challenge. */
public interface GetChallengeUseCase {
    ChallengeView get(ChallengeId challenge);
}
