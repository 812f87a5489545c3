package org.mtp.application.port.out.social;

import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/**
 * Outgoing port for likes: one per (user, target). Toggles of one target never lose an update, so what {@code add} and
 * {@code remove} answer is exact (the counts kept from it are
 * {@link org.mtp.application.port.out.derived.DerivedData}'s).
 */
public interface LikeStore {

    /** Stores the like unless it exists; true when it was added. */
    boolean add(Like like);

    /** Removes the like if present; true when it was removed. */
    boolean remove(UserId user, LikeTarget target);

    boolean exists(UserId user, LikeTarget target);
}
