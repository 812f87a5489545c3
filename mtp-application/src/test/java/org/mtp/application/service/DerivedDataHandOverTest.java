package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.service.sequence.DeleteSequenceService;
import org.mtp.application.service.sequence.EditSequenceService;
import org.mtp.application.service.social.LikeService;
import org.mtp.application.service.social.ViewpointService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * The use cases hand what the domain recorded to the derived data, in their unit of work, and nothing when they fail;
 * the in-memory derived data keeps counters, revisions and board shares from those facts alone.
 */
class DerivedDataHandOverTest {

    private final Scenario world = new Scenario();
    private final InMemoryStores stores = world.stores;
    private final List<DomainEvent> handedOver = new ArrayList<>();
    /** The fake, with every fact handed to it written down; a deletion must come while the sequence is stored. */
    private final DerivedData recording = new DerivedData() {
        @Override
        public void record(List<DomainEvent> events) {
            for (DomainEvent event : events) {
                if (event instanceof DomainEvent.SequenceDeleted deleted) {
                    assertThat(stores.sequences.findById(deleted.sequence())).isPresent();
                }
            }
            handedOver.addAll(events);
            stores.derived.record(events);
        }

        @Override
        public long likeCount(LikeTarget target) {
            return stores.derived.likeCount(target);
        }

        @Override
        public Map<TourId, Long> tourLikeCounts(Collection<TourId> tours) {
            return stores.derived.tourLikeCounts(tours);
        }

        @Override
        public long viewpointsOnPhoto(SequenceId sequence, ImageKey photo) {
            return stores.derived.viewpointsOnPhoto(sequence, photo);
        }
    };

    private final LikeService likes =
            new LikeService(stores.sequences, stores.tours, stores.likes, recording, stores.unitOfWork, stores.clock);
    private final ViewpointService viewpoints =
            new ViewpointService(stores.sequences, stores.viewpoints, recording, stores.unitOfWork, stores.clock);
    private final EditSequenceService edit =
            new EditSequenceService(stores.sequences, stores.sequences, recording, stores.unitOfWork);
    private final DeleteSequenceService delete =
            new DeleteSequenceService(stores.sequences, stores.tours, recording, stores.unitOfWork);
    private final Sequence ride = world.store(TestSequences.aSequence()
            .owner(alice())
            .transport(TransportType.WALK)
            .build());
    private final ImageKey photo = ride.photos().get(0).key();

    private long revision() {
        return stores.unitOfWork
                .inTransaction(() -> stores.sequences.stamp(ride.id()))
                .map(SequenceStamp::revision)
                .orElseThrow();
    }

    private List<RankedRow<UserTotals>> board(LeaderboardMetric metric) {
        return world.app
                .leaderboards
                .read(LeaderboardFilter.ALL, metric, PageRequest.first(10))
                .items();
    }

    @Test
    void aLikeMovesTheCounterAndTheRevision_aRepeatedLikeNeither() {
        long before = revision();

        assertThat(likes.like(bob(), LikeTarget.sequence(ride.id()))).isEqualTo(1);
        long liked = revision();
        assertThat(likes.like(bob(), LikeTarget.sequence(ride.id()))).isEqualTo(1);

        assertThat(handedOver).containsExactly(new DomainEvent.Liked(LikeTarget.sequence(ride.id()), bob()));
        assertThat(liked).isNotEqualTo(before);
        assertThat(revision()).isEqualTo(liked);
        assertThat(likes.unlike(bob(), LikeTarget.sequence(ride.id()))).isZero();
        assertThat(handedOver).endsWith(new DomainEvent.Unliked(LikeTarget.sequence(ride.id()), bob()));
        assertThat(revision()).isNotEqualTo(liked);
    }

    @Test
    void aViewpointMovesThePhotosCountTheOwnersBoardAndTheRevision() {
        long before = revision();

        assertThat(viewpoints.mark(bob(), ride.id(), photo)).isEqualTo(1);
        assertThat(viewpoints.mark(bob(), ride.id(), photo)).isEqualTo(1);

        assertThat(handedOver).containsExactly(new DomainEvent.ViewpointMarked(ride.id(), photo, bob()));
        assertThat(revision()).isNotEqualTo(before);
        assertThat(board(LeaderboardMetric.VIEWPOINTS)).singleElement().satisfies(row -> {
            assertThat(row.entry().user()).isEqualTo(alice());
            assertThat(row.entry().viewpoints()).isEqualTo(1);
        });
        assertThat(viewpoints.unmark(bob(), ride.id(), photo)).isZero();
        assertThat(viewpoints.unmark(bob(), ride.id(), photo)).isZero();
        assertThat(handedOver).endsWith(new DomainEvent.ViewpointRemoved(ride.id(), photo, bob()));
        assertThat(board(LeaderboardMetric.VIEWPOINTS)).isEmpty();
    }

    @Test
    void aRefusedLikeOrViewpointHandsNothingOver_andChangesNothing() {
        Object before = stores.contents();

        assertThatThrownBy(() -> likes.like(alice(), LikeTarget.sequence(ride.id())))
                .isInstanceOf(SequenceFailures.OwnItem.class);
        assertThatThrownBy(() -> viewpoints.mark(alice(), ride.id(), photo))
                .isInstanceOf(SequenceFailures.OwnItem.class);
        assertThatThrownBy(() -> viewpoints.mark(bob(), ride.id(), ImageKey.of("noSuchPhoto")))
                .isInstanceOf(SequenceFailures.PhotoNotFound.class);

        assertThat(handedOver).isEmpty();
        assertThat(stores.contents()).isEqualTo(before);
    }

    @Test
    void aNewTransportTypeMovesTheOwnersShareBetweenBoards() {
        edit.edit(transport(alice(), TransportType.KAYAK));

        assertThat(handedOver).first().isInstanceOf(DomainEvent.TransportChanged.class);
        assertThat(world.app
                        .leaderboards
                        .read(
                                new LeaderboardFilter(TransportType.WALK, null, null, null),
                                LeaderboardMetric.PHOTOS,
                                PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(world.app
                        .leaderboards
                        .read(
                                new LeaderboardFilter(TransportType.WATER, null, null, null),
                                LeaderboardMetric.PHOTOS,
                                PageRequest.first(10))
                        .items())
                .singleElement()
                .satisfies(row -> assertThat(row.entry().photos()).isEqualTo(ride.photoCount()));
    }

    @Test
    void aFailedEditHandsNothingOver() {
        long before = revision();

        assertThatThrownBy(() -> edit.edit(transport(bob(), TransportType.KAYAK)))
                .isInstanceOf(RuntimeException.class);

        assertThat(handedOver).isEmpty();
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void aDeletionIsHandedOverWhileTheSequenceIsStored_andTakesItsShareAndCountersAlong() {
        likes.like(carol(), LikeTarget.sequence(ride.id()));
        viewpoints.mark(bob(), ride.id(), photo);

        delete.delete(alice(), ride.id());

        assertThat(handedOver).endsWith(new DomainEvent.SequenceDeleted(ride.id()));
        assertThat(board(LeaderboardMetric.PHOTOS)).isEmpty();
        assertThat(board(LeaderboardMetric.VIEWPOINTS)).isEmpty();
        assertThat(stores.derived.likeCount(LikeTarget.sequence(ride.id()))).isZero();
        assertThat(stores.derived.viewpointsOnPhoto(ride.id(), photo)).isZero();
    }

    @Test
    void theFakeKeepsOnlyWhatWasHandedOver_aSequenceStoredWithoutItsFactsIsOnNoBoard() {
        Sequence unannounced = TestSequences.aSequence().owner(bob()).build();
        stores.unitOfWork.run(() -> stores.sequences.save(unannounced));

        assertThat(board(LeaderboardMetric.PHOTOS))
                .extracting(row -> row.entry().user())
                .containsExactly(alice());
    }

    @Test
    void derivedDataRollsBackWithTheUnitOfWork() {
        long before = revision();

        assertThatThrownBy(() -> stores.unitOfWork.run(() -> {
                    stores.derived.record(List.of(new DomainEvent.SequenceChanged(ride.id())));
                    throw new IllegalStateException("the use case failed");
                }))
                .hasMessage("the use case failed");

        assertThat(revision()).isEqualTo(before);
    }

    private EditSequenceUseCase.Command transport(UserId actor, TransportType type) {
        return new EditSequenceUseCase.Command(
                actor,
                ride.id(),
                Change.keep(),
                Change.keep(),
                Change.set(type),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }
}
