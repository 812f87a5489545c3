package org.mtp.application.port.in.challenge;

import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.user.UserId;

/** Use case: the owner deletes a challenge. */
public interface DeleteChallengeUseCase {
    void delete(UserId actor, ChallengeId challenge);
}
