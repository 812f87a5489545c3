package org.mtp.application.port.out.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.UserId;

/** Contract of {@link MapillaryConnectionStore}: every implementation runs these tests through a subclass. */
public abstract class MapillaryConnectionStoreContract {

    private static final Instant CONNECTED = Instant.parse("2026-02-03T04:05:06.789Z");
    private MapillaryConnectionStore store;
    private UnitOfWork unitOfWork;

    protected abstract MapillaryConnectionStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** Two distinct users the connections may belong to; override when the store enforces a foreign key. */
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

    private void save(UserId user, MapillaryConnection connection) {
        unitOfWork.run(() -> store.save(user, connection));
    }

    /** A v4 connection: a token that expires in 60 days and a refresh token. */
    protected static MapillaryConnection v4(String mapillaryUserId, String token) {
        return new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of(mapillaryUserId), "rider-" + mapillaryUserId),
                new MapillaryGrant(
                        MapillaryToken.of(token),
                        CONNECTED.plusSeconds(60L * 24 * 3600),
                        MapillaryToken.of("refresh-" + token)),
                CONNECTED);
    }

    /** A v3 connection: a token that never expires, without a refresh token. */
    protected static MapillaryConnection v3(String mapillaryUserId, String token) {
        return new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of(mapillaryUserId), "walker"),
                new MapillaryGrant(MapillaryToken.of(token), null, null),
                CONNECTED.plusMillis(1));
    }

    @Test
    void aSavedConnectionIsFoundWithEveryField() {
        UserId user = existingUsers().get(0);
        MapillaryConnection connection = v4("104203", "MLY|4100|access-one");
        save(user, connection);

        assertThat(tx(() -> store.find(user))).contains(connection);
    }

    @Test
    void aGrantWithoutExpiryOrRefreshTokenIsFoundAsSaved() {
        UserId user = existingUsers().get(0);
        MapillaryConnection connection = v3("aB3-x_9", "v3-token");
        save(user, connection);

        MapillaryConnection found = tx(() -> store.find(user)).orElseThrow();
        assertThat(found).isEqualTo(connection);
        assertThat(found.grant().expiry()).isEmpty();
        assertThat(found.grant().refresh()).isEmpty();
    }

    @Test
    void theLongestTokenTheModelAllowsIsKept() {
        UserId user = existingUsers().get(0);
        String longest = "T".repeat(4_091) + "|tail";
        MapillaryConnection connection = new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of("7"), "r"),
                new MapillaryGrant(MapillaryToken.of(longest), null, MapillaryToken.of(longest)),
                CONNECTED);
        save(user, connection);

        assertThat(tx(() -> store.find(user))).contains(connection);
    }

    @Test
    void aUserWithoutAConnectionHasNone() {
        save(existingUsers().get(0), v4("104203", "MLY|4100|access-one"));

        assertThat(tx(() -> store.find(existingUsers().get(1)))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheConnection() {
        UserId user = existingUsers().get(0);
        save(user, v4("104203", "MLY|4100|access-one"));
        MapillaryConnection reconnected = v3("999", "MLY|4100|access-two");

        save(user, reconnected);

        assertThat(tx(() -> store.find(user))).contains(reconnected);
    }

    @Test
    void savingAndReadingInOneTransactionSeesTheLatestConnection() {
        UserId user = existingUsers().get(0);
        MapillaryConnection renewed = v4("104203", "MLY|4100|access-two");

        MapillaryConnection found = tx(() -> {
            store.save(user, v4("104203", "MLY|4100|access-one"));
            store.find(user);
            store.save(user, renewed);
            return store.find(user).orElseThrow();
        });

        assertThat(found).isEqualTo(renewed);
        assertThat(tx(() -> store.find(user))).contains(renewed);
    }

    @Test
    void eachUserHasTheirOwnConnectionAndDeletingOneLeavesTheOther() {
        UserId first = existingUsers().get(0);
        UserId second = existingUsers().get(1);
        MapillaryConnection firstConnection = v4("1", "MLY|first");
        MapillaryConnection secondConnection = v4("2", "MLY|second");
        save(first, firstConnection);
        save(second, secondConnection);

        unitOfWork.run(() -> store.delete(first));

        assertThat(tx(() -> store.find(first))).isEmpty();
        assertThat(tx(() -> store.find(second))).contains(secondConnection);
    }

    @Test
    void deletingWhatIsNotThereChangesNothing() {
        UserId user = existingUsers().get(0);
        unitOfWork.run(() -> store.delete(user));
        save(user, v4("1", "MLY|first"));
        unitOfWork.run(() -> store.delete(user));
        unitOfWork.run(() -> store.delete(user));

        assertThat(tx(() -> store.find(user))).isEmpty();
    }
}
