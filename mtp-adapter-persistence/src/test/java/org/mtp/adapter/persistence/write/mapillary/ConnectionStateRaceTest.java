package org.mtp.adapter.persistence.write.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.application.fake.FakeMapillaryAuthorization;
import org.mtp.application.fake.FakeMapillaryGateway;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.in.mapillary.InvalidConnectionStateException;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.UserId;

/**
 * A Mapillary connection state's single use on both databases: two transactions that consume one state at the same
 * moment get its user once, round after round; and two completions of the real connection flow with one state connect
 * once and refuse the other as an invalid state.
 */
class ConnectionStateRaceTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final int ROUNDS = 20;

    private final AdjustableClock clock = AdjustableClock.at("2026-03-01T10:00:00Z");

    private static UserId newUser(PersistenceContext context) throws SQLException {
        return UserId.of(TestRows.user(
                context.dataSource(), "u" + UUID.randomUUID().toString().substring(0, 8)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTwoTransactionsConsumingOneStateTogether_thenOnlyOneGetsTheUser(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        ConnectionStateStore states =
                AccountStores.create(context, AccountDatabase.newCipher()).connectionStates();
        UserId user = newUser(context);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String hash = TokenHash.sha256Of("state-" + round).hex();
                context.unitOfWork()
                        .run(() -> states.save(hash, user, clock.instant().plusSeconds(900)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Boolean>> consumers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    consumers.add(CompletableFuture.supplyAsync(
                            () -> context.unitOfWork().inTransaction(() -> {
                                await(together);
                                return states.consume(hash, clock.instant()).isPresent();
                            }),
                            threads));
                }
                long winners = consumers.stream()
                        .filter(c -> c.orTimeout(20, TimeUnit.SECONDS).join())
                        .count();
                assertThat(winners).as("winners of round %d", round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTwoCompletionsWithOneState_thenOneConnectsAndTheOtherIsAnInvalidState(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());
        UserId user = newUser(context);
        MapillaryToken token = MapillaryToken.of("MLY|4100|" + UUID.randomUUID());
        MapillaryUser rider = new MapillaryUser(MapillaryUserId.of("104203"), "rider");
        FakeMapillaryAuthorization authorization = new FakeMapillaryAuthorization(clock, Duration.ofDays(60));
        authorization.acceptCode("first", token);
        authorization.acceptCode("second", token);
        MapillaryConnectionService service = new MapillaryConnectionService(
                new FakeMapillaryGateway().withUser(rider, token),
                authorization,
                stores.mapillaryConnections(),
                stores.connectionStates(),
                context.unitOfWork(),
                clock,
                new SecureRandom());
        String url = service.start(user).toString();
        String state = url.substring(url.indexOf("state=") + "state=".length());

        List<MapillaryUser> connected = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<MapillaryUser>> completions = List.of(
                    CompletableFuture.supplyAsync(() -> service.complete("first", state), threads),
                    CompletableFuture.supplyAsync(() -> service.complete("second", state), threads));
            for (CompletableFuture<MapillaryUser> completion : completions) {
                try {
                    connected.add(completion.orTimeout(20, TimeUnit.SECONDS).join());
                } catch (CompletionException e) {
                    refused.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(connected).containsExactly(rider);
        assertThat(refused).singleElement().isInstanceOf(InvalidConnectionStateException.class);
        assertThat(Sql.number(
                        context.dataSource(),
                        "SELECT COUNT(*) FROM mapillary_connection_states WHERE user_id = ?",
                        user.value()))
                .isZero();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other consumer never came", e);
        }
    }
}
