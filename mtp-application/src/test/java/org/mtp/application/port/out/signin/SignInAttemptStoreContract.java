package org.mtp.application.port.out.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Contract of {@link SignInAttemptStore}: every implementation runs these tests through a subclass. */
public abstract class SignInAttemptStoreContract {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00.123Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final AttemptCounterKey ALICE = new AttemptCounterKey(AttemptCounterKey.Kind.ACCOUNT, "alice");
    private static final AttemptCounterKey ADDRESS =
            new AttemptCounterKey(AttemptCounterKey.Kind.ADDRESS, "203.0.113.7");

    private SignInAttemptStore store;
    private UnitOfWork unitOfWork;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    protected abstract SignInAttemptStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    @BeforeEach
    void setUpContract() {
        store = newStore();
        unitOfWork = newUnitOfWork();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private AttemptWindow count(AttemptCounterKey key, Instant now) {
        return unitOfWork.inTransaction(() -> store.count(key, now, WINDOW));
    }

    @Test
    void theFirstAttemptBeginsAWindowAndLaterOnesAddToIt() {
        assertThat(count(ALICE, T0)).isEqualTo(new AttemptWindow(1, T0));
        assertThat(count(ALICE, T0.plusSeconds(60))).isEqualTo(new AttemptWindow(2, T0));
        assertThat(count(ALICE, T0.plus(WINDOW).minusMillis(1))).isEqualTo(new AttemptWindow(3, T0));
    }

    @Test
    void anAttemptOnceTheWindowHasEndedBeginsANewOne() {
        count(ALICE, T0);
        count(ALICE, T0.plusSeconds(1));

        assertThat(count(ALICE, T0.plus(WINDOW))).isEqualTo(new AttemptWindow(1, T0.plus(WINDOW)));
    }

    @Test
    void keysAreCountedApartEvenWithTheSameSubject() {
        AttemptCounterKey sameSubject = new AttemptCounterKey(AttemptCounterKey.Kind.ADDRESS, "alice");
        count(ALICE, T0);
        count(ALICE, T0);

        assertThat(count(sameSubject, T0).attempts()).isEqualTo(1);
        assertThat(count(ADDRESS, T0).attempts()).isEqualTo(1);
    }

    @Test
    void takingBackLowersTheCountOfThatWindowOnlyAndNeverBelowZero() {
        count(ADDRESS, T0);
        count(ADDRESS, T0);

        unitOfWork.run(() -> store.takeBack(ADDRESS, T0));
        assertThat(count(ADDRESS, T0.plusSeconds(1)).attempts()).isEqualTo(2);

        unitOfWork.run(() -> store.takeBack(ADDRESS, T0.minusSeconds(1)));
        assertThat(count(ADDRESS, T0.plusSeconds(2)).attempts()).isEqualTo(3);

        AttemptCounterKey other = new AttemptCounterKey(AttemptCounterKey.Kind.ACCOUNT, "bob");
        count(other, T0);
        unitOfWork.run(() -> store.takeBack(other, T0));
        unitOfWork.run(() -> store.takeBack(other, T0));
        assertThat(count(other, T0.plusSeconds(1))).isEqualTo(new AttemptWindow(1, T0));
    }

    @Test
    void aClearedKeyStartsAfresh() {
        count(ALICE, T0);
        count(ADDRESS, T0);

        unitOfWork.run(() -> store.clear(ALICE));

        assertThat(count(ALICE, T0.plusSeconds(5))).isEqualTo(new AttemptWindow(1, T0.plusSeconds(5)));
        assertThat(count(ADDRESS, T0.plusSeconds(5)).attempts()).isEqualTo(2);
    }

    @Test
    void pruningForgetsTheWindowsBegunByTheGivenTimeOnly() {
        count(ALICE, T0);
        count(ADDRESS, T0.plusSeconds(10));

        int pruned = unitOfWork.inTransaction(() -> store.pruneStartedBy(T0));

        assertThat(pruned).isEqualTo(1);
        assertThat(count(ALICE, T0.plusSeconds(20))).isEqualTo(new AttemptWindow(1, T0.plusSeconds(20)));
        assertThat(count(ADDRESS, T0.plusSeconds(20)).attempts()).isEqualTo(2);
    }

    @Test
    void twoConcurrentFirstAttemptsAreBothCounted() throws Exception {
        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch secondStarting = new CountDownLatch(1);
        CompletableFuture<AttemptWindow> first = CompletableFuture.supplyAsync(
                () -> unitOfWork.inTransaction(() -> {
                    AttemptWindow window = store.count(ALICE, T0, WINDOW);
                    firstCounted.countDown();
                    // Holds its transaction open while the second attempt begins, so the two overlap.
                    await(secondStarting);
                    return window;
                }),
                threads);
        CompletableFuture<AttemptWindow> second = CompletableFuture.supplyAsync(
                () -> {
                    await(firstCounted);
                    secondStarting.countDown();
                    return count(ALICE, T0.plusMillis(1));
                },
                threads);

        List<Integer> counts = List.of(
                first.get(10, TimeUnit.SECONDS).attempts(),
                second.get(10, TimeUnit.SECONDS).attempts());

        assertThat(counts).containsExactlyInAnyOrder(1, 2);
        assertThat(count(ALICE, T0.plusMillis(2)).attempts()).isEqualTo(3);
    }

    @Test
    void manyConcurrentAttemptsOnOneNewKeyAreEachCountedOnce() throws Exception {
        List<CompletableFuture<List<Integer>>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            workers.add(CompletableFuture.supplyAsync(
                    () -> {
                        List<Integer> seen = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            seen.add(count(ADDRESS, T0.plusMillis(i)).attempts());
                        }
                        return seen;
                    },
                    threads));
        }
        List<Integer> all = new ArrayList<>();
        for (CompletableFuture<List<Integer>> worker : workers) {
            all.addAll(worker.get(30, TimeUnit.SECONDS));
        }

        assertThat(all)
                .hasSize(40)
                .doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).isBetween(1, 40));
    }

    /** Waits a moment at most: the overlap makes the test sharper, but both counts must hold without it too. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
