package org.mtp.application.service.social;

import java.time.Clock;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.sequence.SequenceAccessLoader;
import org.mtp.domain.common.Require;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/**
 * Use case service: idempotent like and unlike of sequences and tours, refused to their owners; a like that changed
 * something is handed to the derived data, which keeps the count.
 */
public final class LikeService implements LikeUseCase {

    private final SequenceAccessLoader sequences;
    private final TourRepository tours;
    private final LikeStore likes;
    private final DerivedData derived;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public LikeService(
            SequenceReadModel sequences,
            TourRepository tours,
            LikeStore likes,
            DerivedData derived,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.sequences = new SequenceAccessLoader(sequences);
        this.tours = tours;
        this.likes = likes;
        this.derived = derived;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public long like(UserId actor, LikeTarget target) {
        return unitOfWork.inTransaction(() -> {
            requireLikeable(actor, target);
            if (likes.add(new Like(actor, target, clock.instant()))) {
                derived.record(new DomainEvent.Liked(target, actor));
            }
            return derived.likeCount(target);
        });
    }

    @Override
    public long unlike(UserId actor, LikeTarget target) {
        return unitOfWork.inTransaction(() -> {
            requireLikeable(actor, target);
            if (likes.remove(actor, target)) {
                derived.record(new DomainEvent.Unliked(target, actor));
            }
            return derived.likeCount(target);
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
