package org.mtp.application.port.in.social;

import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/** Use case: whether a person likes a sequence or tour, so a page can offer "like" or "unlike". */
public interface LikeStatusUseCase {

    boolean likes(UserId person, LikeTarget target);
}
