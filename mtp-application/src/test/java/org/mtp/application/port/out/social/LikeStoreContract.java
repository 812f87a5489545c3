package org.mtp.application.port.out.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.TestTours;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.user.UserId;

/**
 * Contract of {@link LikeStore}, with the counts the derived data keeps from what it answers: every implementation runs
 * these tests through a subclass.
 */
public abstract class LikeStoreContract extends StoreContractSupport {

    private static final Instant T = Instant.parse("2024-09-09T09:09:09.009Z");
    private static final int THREADS = 50;

    private boolean like(UserId user, LikeTarget target) {
        return tx(() -> addLike(new Like(user, target, T)));
    }

    private boolean unlike(UserId user, LikeTarget target) {
        return tx(() -> removeLike(user, target));
    }

    private long count(LikeTarget target) {
        return tx(() -> world.derivedData().likeCount(target));
    }

    @Test
    void aLikeIsStoredOnceAndRemovedOnce() {
        UserId fan = user("fan");
        LikeTarget sequence = LikeTarget.sequence(storedPublished(user("owner")).id());

        assertThat(like(fan, sequence)).isTrue();
        assertThat(like(fan, sequence)).isFalse();
        assertThat(count(sequence)).isEqualTo(1);
        assertThat(tx(() -> world.likes().exists(fan, sequence))).isTrue();

        assertThat(unlike(fan, sequence)).isTrue();
        assertThat(unlike(fan, sequence)).isFalse();
        assertThat(count(sequence)).isZero();
        assertThat(tx(() -> world.likes().exists(fan, sequence))).isFalse();
    }

    @Test
    void toursAndSequencesAreCountedApart() {
        UserId owner = user("owner");
        UserId fan = user("fan");
        UserId other = user("other");
        LikeTarget sequence = LikeTarget.sequence(storedPublished(owner).id());
        LikeTarget secondSequence = LikeTarget.sequence(storedPublished(owner).id());
        Tour tour = TestTours.emptyTour(owner);
        run(() -> world.tours().save(tour));
        LikeTarget tourTarget = LikeTarget.tour(tour.id());

        like(fan, sequence);
        like(other, sequence);
        like(fan, tourTarget);

        assertThat(count(sequence)).isEqualTo(2);
        assertThat(count(secondSequence)).isZero();
        assertThat(count(tourTarget)).isEqualTo(1);
        assertThat(tx(() -> world.likes().exists(other, tourTarget))).isFalse();
        assertThat(unlike(other, tourTarget)).isFalse();
        assertThat(count(tourTarget)).isEqualTo(1);
    }

    @Test
    void aFailedTransactionLeavesNoLike() {
        UserId fan = user("fan");
        LikeTarget sequence = LikeTarget.sequence(storedPublished(user("owner")).id());

        assertThatThrownBy(() -> run(() -> {
                    addLike(new Like(fan, sequence, T));
                    throw new IllegalStateException("the use case failed");
                }))
                .hasMessage("the use case failed");

        assertThat(count(sequence)).isZero();
        assertThat(tx(() -> world.likes().exists(fan, sequence))).isFalse();
    }

    @Test
    void fiftyUsersLikingAndUnlikingOneSequenceAtOnceEndWithTheExactCount() throws Exception {
        LikeTarget sequence =
                LikeTarget.sequence(storedPublished(user("popular")).id());
        List<UserId> fans = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            fans.add(user("fan-" + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                UserId fan = fans.get(i);
                boolean keepsTheLike = i % 3 != 0;
                done.add(CompletableFuture.runAsync(
                        () -> {
                            awaitQuietly(start);
                            like(fan, sequence);
                            unlike(fan, sequence);
                            like(fan, sequence);
                            if (!keepsTheLike) {
                                unlike(fan, sequence);
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

        long kept = fans.stream().filter(f -> fans.indexOf(f) % 3 != 0).count();
        assertThat(count(sequence)).isEqualTo(kept);
        assertThat(fans.stream().filter(f -> tx(() -> world.likes().exists(f, sequence))))
                .hasSize((int) kept);
    }

    private static void awaitQuietly(CountDownLatch latch) {
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
