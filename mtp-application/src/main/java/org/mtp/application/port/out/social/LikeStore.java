package org.mtp.application.port.out.social;

import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port for likes: one per (user, target). Concurrent toggles never lose an update, and a target's count always
 * equals its number of likes.
 */
public interface LikeStore {

    /** Stores the like unless it exists; true when it was added. */
    boolean add(Like like);

    /** Removes the like if present; true when it was removed. */
    boolean remove(UserId user, LikeTarget target);

    long count(LikeTarget target);

    boolean exists(UserId user, LikeTarget target);
}
