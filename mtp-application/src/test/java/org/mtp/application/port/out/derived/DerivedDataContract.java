package org.mtp.application.port.out.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Contract of {@link DerivedData}: the facts handed over, and nothing else, move the counters, the revision and the
 * board totals; every implementation runs these tests through a subclass.
 */
public abstract class DerivedDataContract extends StoreContractSupport {

    private static final Instant T = Instant.parse("2024-11-11T11:11:11.011Z");
    private static final int THREADS = 30;

    private long revision(Sequence s) {
        return tx(() -> world.sequenceReadModel().stamp(s.id()))
                .map(SequenceStamp::revision)
                .orElseThrow();
    }

    private void record(DomainEvent event) {
        run(() -> world.derivedData().record(event));
    }

    private List<RankedRow<UserTotals>> board(LeaderboardFilter filter, LeaderboardMetric metric) {
        return tx(() -> world.leaderboards().read(filter, metric, PageRequest.first(10)))
                .items();
    }

    private static LeaderboardFilter only(TransportType type) {
        return new LeaderboardFilter(type, null, null, null);
    }

    @Test
    void aPublicationAddsTheShareToTheBoardsAndMovesTheRevision() {
        UserId owner = user("owner");
        Sequence draft = stored(TestSequences.aSequence().owner(owner).buildDraft());
        long before = revision(draft);
        Sequence published =
                TestSequences.aSequence().id(draft.id()).owner(owner).build();

        stored(published);

        assertThat(revision(draft)).isNotEqualTo(before);
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.entry().user()).isEqualTo(owner);
                    assertThat(row.entry().photos()).isEqualTo(published.photoCount());
                    assertThat(row.entry().distance()).isEqualTo(published.distance());
                });
    }

    @Test
    void aStoredSequenceWhoseFactsWereNotHandedOverCountsNowhere() {
        Sequence s = TestSequences.published(user("owner"));

        run(() -> world.sequences().save(s));

        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS)).isEmpty();
    }

    @Test
    void aChangeOfTheViewMovesTheRevisionOnly() {
        Sequence s = storedPublished(user("owner"));
        long before = revision(s);
        List<RankedRow<UserTotals>> boardBefore = board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS);

        record(new DomainEvent.SequenceChanged(s.id()));

        assertThat(revision(s)).isNotEqualTo(before);
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS)).isEqualTo(boardBefore);
    }

    @Test
    void aNewTransportTypeMovesTheShareWithItsViewpointsToTheNewGrains() {
        UserId owner = user("owner");
        Sequence s = stored(TestSequences.aSequence()
                .owner(owner)
                .transport(TransportType.WALK)
                .build());
        run(() -> addViewpoint(s.viewpointBy(user("fan"), s.photos().get(0).key(), T)));

        run(() -> {
            Sequence loaded = world.sequences().findById(s.id()).orElseThrow();
            loaded.edit(owner, SequenceDetails.of("Now by kayak", null, TransportType.KAYAK, null));
            save(loaded);
        });

        assertThat(board(only(TransportType.WALK), LeaderboardMetric.PHOTOS)).isEmpty();
        assertThat(board(only(TransportType.WATER), LeaderboardMetric.VIEWPOINTS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().viewpoints()).isEqualTo(1));
        assertThat(board(only(TransportType.KAYAK), LeaderboardMetric.PHOTOS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().photos()).isEqualTo(s.photoCount()));
    }

    @Test
    void likesAreCountedPerTarget_andASequencesLikesMoveItsRevision() {
        UserId owner = user("owner");
        UserId fan = user("fan");
        Sequence s = storedPublished(owner);
        Tour tour = TestTours.emptyTour(owner);
        run(() -> world.tours().save(tour));
        long before = revision(s);

        record(new DomainEvent.Liked(LikeTarget.sequence(s.id()), fan));
        record(new DomainEvent.Liked(LikeTarget.sequence(s.id()), owner));
        long liked = revision(s);
        record(new DomainEvent.Liked(LikeTarget.tour(tour.id()), fan));
        record(new DomainEvent.Unliked(LikeTarget.sequence(s.id()), owner));

        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.sequence(s.id()))))
                .isEqualTo(1);
        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.tour(tour.id()))))
                .isEqualTo(1);
        TourId unliked = TourId.of(UUID.randomUUID());
        assertThat(tx(() -> world.derivedData().tourLikeCounts(List.of(tour.id(), unliked))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(tour.id(), 1L, unliked, 0L));
        assertThat(liked).isNotEqualTo(before);
        assertThat(revision(s)).isNotEqualTo(liked);
    }

    @Test
    void viewpointsAreCountedPerPhoto_creditedToTheOwner_andMoveTheRevision() {
        UserId owner = user("owner");
        Sequence s = storedPublished(owner);
        ImageKey first = s.photos().get(0).key();
        ImageKey second = s.photos().get(1).key();
        long before = revision(s);

        record(new DomainEvent.ViewpointMarked(s.id(), first, user("one")));
        record(new DomainEvent.ViewpointMarked(s.id(), first, user("two")));
        record(new DomainEvent.ViewpointMarked(s.id(), second, user("three")));
        long marked = revision(s);
        record(new DomainEvent.ViewpointRemoved(s.id(), second, user("four")));

        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(s.id(), first)))
                .isEqualTo(2);
        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(s.id(), second)))
                .isZero();
        assertThat(marked).isNotEqualTo(before);
        assertThat(revision(s)).isNotEqualTo(marked);
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.entry().user()).isEqualTo(owner);
                    assertThat(row.entry().viewpoints()).isEqualTo(2);
                });
    }

    @Test
    void aDeletionTakesTheShareBackWithTheViewpointsItHolds_andItsCountersGo() {
        UserId owner = user("owner");
        Sequence doomed = storedPublished(owner);
        Sequence kept = storedPublished(owner);
        ImageKey photo = doomed.photos().get(0).key();
        run(() -> {
            addViewpoint(doomed.viewpointBy(user("fan"), photo, T));
            addViewpoint(kept.viewpointBy(user("other"), kept.photos().get(0).key(), T));
        });

        run(() -> delete(doomed.id()));

        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().photos()).isEqualTo(kept.photoCount()));
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().viewpoints()).isEqualTo(1));
        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(doomed.id(), photo)))
                .isZero();
    }

    @Test
    void aDraftsDeletionTakesNothingFromTheBoards() {
        UserId owner = user("owner");
        Sequence published = storedPublished(owner);
        Sequence draft = stored(TestSequences.draft(owner));

        run(() -> delete(draft.id()));

        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().photos()).isEqualTo(published.photoCount()));
    }

    @Test
    void factsHandedOverInAFailedUnitOfWorkLeaveNoTrace() {
        UserId fan = user("fan");
        Sequence s = storedPublished(user("owner"));
        ImageKey photo = s.photos().get(0).key();
        long before = revision(s);

        assertThatThrownBy(() -> run(() -> {
                    world.derivedData()
                            .record(List.of(
                                    new DomainEvent.Liked(LikeTarget.sequence(s.id()), fan),
                                    new DomainEvent.ViewpointMarked(s.id(), photo, fan)));
                    throw new IllegalStateException("the use case failed");
                }))
                .hasMessage("the use case failed");

        assertThat(revision(s)).isEqualTo(before);
        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.sequence(s.id()))))
                .isZero();
        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(s.id(), photo)))
                .isZero();
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS)).isEmpty();
    }

    @Test
    void manyFactsAboutOneSequenceAtOnceAreAllKept() throws Exception {
        Sequence s = storedPublished(user("owner"));
        ImageKey photo = s.photos().get(2).key();
        List<UserId> fans = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            fans.add(user("fan-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (UserId fan : fans) {
                Viewpoint viewpoint = s.viewpointBy(fan, photo, T);
                done.add(CompletableFuture.runAsync(
                        () -> {
                            await(start);
                            record(new DomainEvent.Liked(LikeTarget.sequence(s.id()), fan));
                            record(viewpoint.marked());
                        },
                        threads));
            }
            start.countDown();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.sequence(s.id()))))
                .isEqualTo(THREADS);
        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(s.id(), photo)))
                .isEqualTo(THREADS);
        assertThat(board(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS))
                .singleElement()
                .satisfies(row -> assertThat(row.entry().viewpoints()).isEqualTo(THREADS));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the start signal never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
