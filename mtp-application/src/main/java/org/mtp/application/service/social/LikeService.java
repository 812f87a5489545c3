package org.mtp.application.service.social;

import java.time.Clock;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.sequence.SequenceLoader;
import org.mtp.domain.common.Require;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/** Use case service: idempotent like and unlike of sequences and tours, refused to their owners. */
public final class LikeService implements LikeUseCase {

    private final SequenceLoader sequences;
    private final TourRepository tours;
    private final LikeStore likes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LikeService(
            SequenceRepository sequences, TourRepository tours, LikeStore likes, UnitOfWork unitOfWork, Clock clock) {
        this.sequences = new SequenceLoader(sequences);
        this.tours = tours;
        this.likes = likes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public long like(UserId actor, LikeTarget target) {
        return unitOfWork.inTransaction(() -> {
            requireLikeable(actor, target);
            likes.add(new Like(actor, target, clock.instant()));
            return likes.count(target);
        });
    }

    @Override
    public long unlike(UserId actor, LikeTarget target) {
        return unitOfWork.inTransaction(() -> {
            requireLikeable(actor, target);
            likes.remove(actor, target);
            return likes.count(target);
        });
    }

    private void requireLikeable(UserId actor, LikeTarget target) {
        Require.notNull("actor", actor);
        if (target instanceof LikeTarget.OfSequence s) {
            sequences.visibleTo(actor, s.id()).requireLikeableBy(actor);
        } else if (target instanceof LikeTarget.OfTour t) {
            tours.findById(t.id())
                    .orElseThrow(() -> new NotFoundException("tour", t.id()))
                    .requireLikeableBy(actor);
        }
    }
}
