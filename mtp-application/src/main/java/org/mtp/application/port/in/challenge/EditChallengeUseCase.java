package org.mtp.application.port.in.challenge;

import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Use case: the owner changes a challenge's settings (a partial update). */
public interface EditChallengeUseCase {
    ChallengeView edit(Command command);

    /** The settings to change, as the domain's {@link ChallengeChanges} (kept fields stay). */
    record Command(UserId actor, ChallengeId challenge, ChallengeChanges changes) {
        public Command {
            Actor.require(actor);
            Require.notNull("unique_id", challenge);
            Require.notNull("changes", changes);
        }
    }
}
