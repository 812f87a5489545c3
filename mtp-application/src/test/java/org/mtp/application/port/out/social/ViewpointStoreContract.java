package org.mtp.application.port.out.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * Contract of {@link ViewpointStore}, with the counts the derived data keeps from what it answers: every implementation
 * runs these tests through a subclass.
 */
public abstract class ViewpointStoreContract extends StoreContractSupport {

    private static final Instant T = Instant.parse("2024-10-10T10:10:10.010Z");
    private static final int THREADS = 20;

    private boolean mark(Sequence s, UserId marker, int photo) {
        return tx(() -> addViewpoint(s.viewpointBy(marker, s.photos().get(photo).key(), T)));
    }

    private boolean unmark(Sequence s, UserId marker, int photo) {
        return tx(() -> removeViewpoint(marker, s.id(), s.photos().get(photo).key()));
    }

    private long onPhoto(Sequence s, int photo) {
        return tx(() -> world.derivedData()
                .viewpointsOnPhoto(s.id(), s.photos().get(photo).key()));
    }

    @Test
    void aViewpointIsStoredOnceAndRemovedOnce() {
        Sequence s = storedPublished(user("owner"));
        UserId marker = user("marker");

        assertThat(mark(s, marker, 1)).isTrue();
        assertThat(mark(s, marker, 1)).isFalse();
        assertThat(onPhoto(s, 1)).isEqualTo(1);

        assertThat(unmark(s, marker, 1)).isTrue();
        assertThat(unmark(s, marker, 1)).isFalse();
        assertThat(onPhoto(s, 1)).isZero();
    }

    @Test
    void viewpointsAreCountedPerPhoto() {
        Sequence s = storedPublished(user("owner"));
        UserId one = user("one");
        UserId two = user("two");
        mark(s, one, 0);
        mark(s, two, 0);
        mark(s, one, 2);

        assertThat(onPhoto(s, 0)).isEqualTo(2);
        assertThat(onPhoto(s, 1)).isZero();
        assertThat(onPhoto(s, 2)).isEqualTo(1);
        assertThat(tx(() -> world.derivedData().viewpointsOnPhoto(s.id(), ImageKey.of("no-such-photo"))))
                .isZero();
    }

    @Test
    void viewpointsAreCreditedToTheSequenceOwner() {
        UserId owner = user("owner");
        Sequence s = storedPublished(owner);
        mark(s, user("one"), 0);
        mark(s, user("two"), 1);

        List<RankedRow<UserTotals>> board = tx(() -> world.leaderboards()
                        .read(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS, PageRequest.first(10)))
                .items();
        assertThat(board).singleElement().satisfies(row -> {
            assertThat(row.entry().user()).isEqualTo(owner);
            assertThat(row.entry().viewpoints()).isEqualTo(2);
        });
    }

    @Test
    void manyMarkersTogglingOnePhotoAtOnceEndWithTheExactCount() throws Exception {
        Sequence s = storedPublished(user("owner"));
        List<UserId> markers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            markers.add(user("marker-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                UserId marker = markers.get(i);
                boolean keeps = i % 2 == 0;
                done.add(CompletableFuture.runAsync(
                        () -> {
                            await(start);
                            mark(s, marker, 1);
                            if (!keeps) {
                                unmark(s, marker, 1);
                            }
                        },
                        threads));
            }
            start.countDown();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(onPhoto(s, 1)).isEqualTo(THREADS / 2);
        assertThat(tx(() -> world.leaderboards()
                                .read(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS, PageRequest.first(1)))
                        .items()
                        .get(0)
                        .entry()
                        .viewpoints())
                .isEqualTo(THREADS / 2);
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
