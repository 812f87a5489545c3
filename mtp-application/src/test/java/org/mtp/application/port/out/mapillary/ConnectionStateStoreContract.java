package org.mtp.application.port.out.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** Contract of {@link ConnectionStateStore}: every implementation runs these tests through a subclass. */
public abstract class ConnectionStateStoreContract {

    private static final Instant STARTED = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final Instant EXPIRES = STARTED.plus(Duration.ofMinutes(15));
    private ConnectionStateStore store;
    private UnitOfWork unitOfWork;

    protected abstract ConnectionStateStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** Two distinct users the states may belong to; override when the store enforces a foreign key. */
    protected List<UserId> existingUsers() {
        return List.of(
                UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001")),
                UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000002")));
    }

    @BeforeEach
    void setUpContract() {
        store = newStore();
        unitOfWork = newUnitOfWork();
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** What the application stores: the SHA-256 of the state, in lower-case hex. */
    protected static String hash(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(String state, UserId user, Instant expiresAt) {
        unitOfWork.run(() -> store.save(hash(state), user, expiresAt));
    }

    private Optional<UserId> consume(String state, Instant now) {
        return tx(() -> store.consume(hash(state), now));
    }

    @Test
    void aStateGivesItsUserOnceOnly() {
        UserId user = existingUsers().get(0);
        save("state-one", user, EXPIRES);

        assertThat(consume("state-one", STARTED.plusSeconds(30))).contains(user);
        assertThat(consume("state-one", STARTED.plusSeconds(31))).isEmpty();
    }

    @Test
    void aStateIsUsableUntilTheMillisecondBeforeItExpires() {
        UserId user = existingUsers().get(0);
        save("state-one", user, EXPIRES);

        assertThat(consume("state-one", EXPIRES.minusMillis(1))).contains(user);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 3_600_000})
    void aStateIsRefusedFromItsExpiryOn(long millisAfterExpiry) {
        save("state-one", existingUsers().get(0), EXPIRES);

        assertThat(consume("state-one", EXPIRES.plusMillis(millisAfterExpiry))).isEmpty();
    }

    @Test
    void anUnknownStateGivesNobody() {
        save("state-one", existingUsers().get(0), EXPIRES);

        assertThat(consume("state-two", STARTED)).isEmpty();
    }

    @Test
    void eachStateGivesTheUserWhoStartedIt() {
        save("state-one", existingUsers().get(0), EXPIRES);
        save("state-two", existingUsers().get(1), EXPIRES);

        assertThat(consume("state-two", STARTED)).contains(existingUsers().get(1));
        assertThat(consume("state-one", STARTED)).contains(existingUsers().get(0));
    }

    @Test
    void consumingOneOfAUsersStatesLeavesTheirOtherUnexpiredStatesUsable() {
        UserId user = existingUsers().get(0);
        save("expired", user, STARTED.plusSeconds(10));
        save("first-tab", user, EXPIRES);
        save("second-tab", user, EXPIRES.plusSeconds(60));

        assertThat(consume("first-tab", STARTED.plusSeconds(20))).contains(user);

        assertThat(consume("second-tab", STARTED.plusSeconds(21))).contains(user);
        assertThat(consume("expired", STARTED.plusSeconds(22))).isEmpty();
    }

    @Test
    void aWebStartedStateKeepsItsReturnPathUntilUsedOrExpired() {
        UserId user = existingUsers().get(0);
        ReturnPath back = ReturnPath.of("/sequences/import?from=2026-01-01");
        unitOfWork.run(() -> store.save(hash("web"), user, EXPIRES, back));
        save("api", user, EXPIRES);

        assertThat(tx(() -> store.returnPath(hash("web"), STARTED))).contains(back);
        assertThat(tx(() -> store.returnPath(hash("web"), EXPIRES))).isEmpty();
        assertThat(tx(() -> store.returnPath(hash("api"), STARTED))).isEmpty();
        assertThat(tx(() -> store.returnPath(hash("unknown"), STARTED))).isEmpty();

        assertThat(consume("web", STARTED)).contains(user);
        assertThat(tx(() -> store.returnPath(hash("web"), STARTED))).isEmpty();
    }

    @Test
    void concurrentConsumersGetTheUserExactlyOnce() throws Exception {
        UserId user = existingUsers().get(0);
        save("state-one", user, EXPIRES);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Optional<UserId>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return consume("state-one", STARTED.plusSeconds(1));
                }));
            }
            start.countDown();
            List<UserId> winners = new ArrayList<>();
            for (Future<Optional<UserId>> result : results) {
                result.get(10, TimeUnit.SECONDS).ifPresent(winners::add);
            }
            assertThat(winners).containsExactly(user);
        } finally {
            pool.shutdownNow();
        }
    }
}
