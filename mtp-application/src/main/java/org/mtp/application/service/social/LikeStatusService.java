package org.mtp.application.service.social;

import org.mtp.application.port.in.social.LikeStatusUseCase;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/** Use case service: reads whether a like exists. */
public final class LikeStatusService implements LikeStatusUseCase {

    private final LikeStore likes;
    private final UnitOfWork unitOfWork;

    public LikeStatusService(LikeStore likes, UnitOfWork unitOfWork) {
        this.likes = likes;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean likes(UserId person, LikeTarget target) {
        Require.notNull("person", person);
        Require.notNull("target", target);
        return unitOfWork.reading(() -> likes.exists(person, target));
    }
}
