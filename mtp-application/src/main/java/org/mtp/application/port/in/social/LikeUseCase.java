package org.mtp.application.port.in.social;

import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/** Use case: like or unlike a sequence or tour; both idempotent; owners may not like their own. */
public interface LikeUseCase {

    /** Returns the target's like count afterwards. */
    long like(UserId actor, LikeTarget target);

    /** Returns the target's like count afterwards. */
    long unlike(UserId actor, LikeTarget target);
}
