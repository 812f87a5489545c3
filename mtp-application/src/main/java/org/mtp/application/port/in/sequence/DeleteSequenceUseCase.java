package org.mtp.application.port.in.sequence;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case: the owner deletes a sequence, and with it its photos, likes, viewpoints, tour memberships and its share of
 * every leaderboard, in one transaction.
 */
public interface DeleteSequenceUseCase {

    void delete(UserId actor, SequenceId sequence);
}
