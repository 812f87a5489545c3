package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetSequenceRevisionUseCase.Revision;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.tour.TourId;

class SocialTest {

    private final Scenario world = new Scenario();
    private final Sequence aliceRide = world.store(TestSequences.published(alice()));
    private final ImageKey firstPhoto = aliceRide.photos().get(0).key();

    @Test
    void likesAreIdempotentAndCountedExactly() {
        LikeTarget target = LikeTarget.sequence(aliceRide.id());

        assertThat(world.app.likes.like(bob(), target)).isEqualTo(1);
        assertThat(world.app.likes.like(bob(), target)).isEqualTo(1);
        assertThat(world.app.likes.like(carol(), target)).isEqualTo(2);
        assertThat(world.app.likes.unlike(bob(), target)).isEqualTo(1);
        assertThat(world.app.likes.unlike(bob(), target)).isEqualTo(1);
        assertThat(world.app.queries.get(null, aliceRide.id()).likeCount()).isEqualTo(1);
    }

    @Test
    void ownersMayNotLikeTheirOwnSequenceOrTourAndNothingChanges() {
        TourId tour = world.app
                .tours
                .create(new CreateTourUseCase.Command(alice(), TestTours.details("Coast"), List.of(aliceRide.id())))
                .tour()
                .id();
        Object before = world.stores.contents();

        assertThatThrownBy(() -> world.app.likes.like(alice(), LikeTarget.sequence(aliceRide.id())))
                .isInstanceOf(SequenceFailures.OwnItem.class);
        assertThatThrownBy(() -> world.app.likes.like(alice(), LikeTarget.tour(tour)))
                .isInstanceOf(SequenceFailures.OwnItem.class);
        assertThat(world.stores.contents()).isEqualTo(before);
        assertThat(world.app.likes.like(bob(), LikeTarget.tour(tour))).isEqualTo(1);
    }

    @Test
    void someoneElsesDraftCannotBeLikedOrMarkedAndUnknownTargetsAreNotFound() {
        Sequence draft = world.store(TestSequences.draft(alice()));

        assertThatThrownBy(() -> world.app.likes.like(bob(), LikeTarget.sequence(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.app.likes.like(bob(), LikeTarget.tour(TourId.of(UUID.randomUUID()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.app.viewpoints.mark(bob(), draft.id(), firstPhoto))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRevisionIsTheViewsOwn_andMovesOnOnceALikeOrViewpointChangedTheView() {
        SequenceView first = world.app.queries.get(null, aliceRide.id());

        assertThat(world.app.queries.revision(null, aliceRide.id())).isEqualTo(new Revision(first.revision(), true));
        world.app.likes.like(bob(), LikeTarget.sequence(aliceRide.id()));
        long liked = world.app.queries.revision(null, aliceRide.id()).number();
        assertThat(liked).isNotEqualTo(first.revision());
        assertThat(world.app.queries.get(bob(), aliceRide.id()).revision()).isEqualTo(liked);
        world.app.viewpoints.mark(carol(), aliceRide.id(), firstPhoto);
        assertThat(world.app.queries.revision(bob(), aliceRide.id()).number()).isNotEqualTo(liked);
    }

    @Test
    void aDraftsRevisionIsNotFoundForAnyoneButItsOwner() {
        Sequence draft = world.store(TestSequences.aSequence().owner(alice()).buildDraft());
        long revision = world.app.queries.get(alice(), draft.id()).revision();

        assertThat(world.app.queries.revision(alice(), draft.id())).isEqualTo(new Revision(revision, false));
        assertThatThrownBy(() -> world.app.queries.revision(bob(), draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.app.queries.revision(null, draft.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void viewpointsAreIdempotentPerPhotoAndRefusedToTheOwner() {
        assertThat(world.app.viewpoints.mark(bob(), aliceRide.id(), firstPhoto)).isEqualTo(1);
        assertThat(world.app.viewpoints.mark(bob(), aliceRide.id(), firstPhoto)).isEqualTo(1);
        assertThat(world.app.viewpoints.mark(carol(), aliceRide.id(), firstPhoto))
                .isEqualTo(2);
        assertThat(world.app.viewpoints.unmark(carol(), aliceRide.id(), firstPhoto))
                .isEqualTo(1);

        assertThatThrownBy(() -> world.app.viewpoints.mark(alice(), aliceRide.id(), firstPhoto))
                .isInstanceOf(SequenceFailures.OwnItem.class);
        assertThatThrownBy(() -> world.app.viewpoints.mark(bob(), aliceRide.id(), ImageKey.of("noSuchPhoto")))
                .isInstanceOf(SequenceFailures.PhotoNotFound.class);
        assertThat(world.app.queries.get(null, aliceRide.id()).viewpointsOn(firstPhoto))
                .isEqualTo(1);
    }
}
