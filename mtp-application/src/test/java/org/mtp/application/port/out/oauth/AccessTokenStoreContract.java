package org.mtp.application.port.out.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** Contract of {@link AccessTokenStore}: every implementation runs these tests through a subclass. */
public abstract class AccessTokenStoreContract {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private AccessTokenStore store;
    private UnitOfWork unitOfWork;

    protected abstract AccessTokenStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** A client the stored tokens may refer to; override when the store enforces a foreign key. */
    protected ClientId existingClient() {
        return ClientId.of("uploader");
    }

    /** Two distinct users the stored tokens may refer to; override when the store enforces a foreign key. */
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

    private AccessTokenRecord token(String id, UserId user, Instant createdAt) {
        return token(id, user, existingClient(), createdAt);
    }

    private AccessTokenRecord token(String id, UserId user, ClientId client, Instant createdAt) {
        return new AccessTokenRecord(
                new AccessTokenId(UUID.fromString(id)),
                TokenHash.sha256Of("secret-" + id),
                user,
                client,
                Scopes.of(Scope.READ),
                createdAt,
                Optional.empty());
    }

    private AccessTokenRecord save(AccessTokenRecord token) {
        unitOfWork.run(() -> store.save(token));
        return token;
    }

    @Test
    void aSavedTokenIsFoundByHashAndByIdWithEveryField() {
        AccessTokenRecord token = save(new AccessTokenRecord(
                AccessTokenId.random(),
                TokenHash.sha256Of("abc"),
                existingUsers().get(0),
                existingClient(),
                Scopes.all(),
                T0,
                Optional.empty()));

        assertThat(tx(() -> store.findByHash(TokenHash.sha256Of("abc")))).contains(token);
        assertThat(tx(() -> store.findById(token.id()))).contains(token);
        assertThat(tx(() -> store.findByHash(TokenHash.sha256Of("abd")))).isEmpty();
        assertThat(tx(() -> store.findById(AccessTokenId.random()))).isEmpty();
    }

    @Test
    void revokingMarksTheTokenOnceAndKeepsIt() {
        AccessTokenRecord token = save(
                token("00000000-0000-4000-8000-000000000001", existingUsers().get(0), T0));
        Instant at = T0.plusSeconds(60);

        assertThat(tx(() -> store.revoke(token.id(), at))).isTrue();
        assertThat(tx(() -> store.revoke(token.id(), at.plusSeconds(1)))).isFalse();
        assertThat(tx(() -> store.findByHash(token.hash()))).contains(token.revoked(at));
    }

    @Test
    void revokingAnUnknownTokenChangesNothing() {
        assertThat(tx(() -> store.revoke(AccessTokenId.random(), T0))).isFalse();
    }

    @Test
    void listingGivesTheUsersActiveTokensNewestFirstWithTheIdAsTieBreakInUnsignedOrder() {
        UserId user = existingUsers().get(0);
        AccessTokenRecord oldest = save(token("00000000-0000-4000-8000-000000000001", user, T0));
        // Equal times: the id decides, compared as unsigned bytes ("f..." sorts after "1..."), as databases do.
        AccessTokenRecord tieLow = save(token("10000000-0000-4000-8000-000000000000", user, T0.plusSeconds(5)));
        AccessTokenRecord tieHigh = save(token("f0000000-0000-4000-8000-000000000000", user, T0.plusSeconds(5)));
        AccessTokenRecord newest = save(token("20000000-0000-4000-8000-000000000000", user, T0.plusSeconds(9)));
        AccessTokenRecord revoked = save(token("30000000-0000-4000-8000-000000000000", user, T0.plusSeconds(7)));
        unitOfWork.run(() -> store.revoke(revoked.id(), T0.plusSeconds(8)));
        save(token("40000000-0000-4000-8000-000000000000", existingUsers().get(1), T0.plusSeconds(6)));

        assertThat(tx(() -> store.listActiveByUser(user, Optional.empty(), 10)))
                .containsExactly(newest, tieHigh, tieLow, oldest);
    }

    @Test
    void listingContinuesStrictlyAfterAPositionAndHonoursTheLimit() {
        UserId user = existingUsers().get(0);
        AccessTokenRecord oldest = save(token("00000000-0000-4000-8000-000000000001", user, T0));
        AccessTokenRecord tieLow = save(token("10000000-0000-4000-8000-000000000000", user, T0.plusSeconds(5)));
        AccessTokenRecord tieHigh = save(token("f0000000-0000-4000-8000-000000000000", user, T0.plusSeconds(5)));

        assertThat(tx(() -> store.listActiveByUser(user, Optional.empty(), 1))).containsExactly(tieHigh);
        assertThat(tx(() -> store.listActiveByUser(
                        user, Optional.of(new TokenPosition(tieHigh.createdAt(), tieHigh.id())), 1)))
                .containsExactly(tieLow);
        assertThat(tx(() -> store.listActiveByUser(
                        user, Optional.of(new TokenPosition(tieLow.createdAt(), tieLow.id())), 5)))
                .containsExactly(oldest);
        assertThat(tx(() -> store.listActiveByUser(
                        user, Optional.of(new TokenPosition(oldest.createdAt(), oldest.id())), 5)))
                .isEmpty();
    }

    @Test
    void revokingAllOfAUsersTokensSparesOtherUsersTheKeptTokenAndOtherClientsWhenNarrowed() {
        UserId user = existingUsers().get(0);
        ClientId web = ClientId.FIRST_PARTY;
        AccessTokenRecord sessionKept = save(token("00000000-0000-4000-8000-000000000001", user, web, T0));
        AccessTokenRecord sessionOther = save(token("00000000-0000-4000-8000-000000000002", user, web, T0));
        AccessTokenRecord appToken = save(token("00000000-0000-4000-8000-000000000003", user, T0));
        AccessTokenRecord alreadyRevoked = save(token("00000000-0000-4000-8000-000000000004", user, web, T0));
        unitOfWork.run(() -> store.revoke(alreadyRevoked.id(), T0));
        AccessTokenRecord someoneElses = save(
                token("00000000-0000-4000-8000-000000000005", existingUsers().get(1), web, T0));
        Instant at = T0.plusSeconds(30);

        int sessions = tx(() -> store.revokeAllOfUser(user, Optional.of(web), Optional.of(sessionKept.id()), at));

        assertThat(sessions).isEqualTo(1);
        assertThat(tx(() -> store.findById(sessionOther.id()))).contains(sessionOther.revoked(at));
        assertThat(tx(() -> store.listActiveByUser(user, Optional.empty(), 10)))
                .containsExactlyInAnyOrder(sessionKept, appToken);

        int all = tx(() -> store.revokeAllOfUser(user, Optional.empty(), Optional.empty(), at.plusSeconds(1)));

        assertThat(all).isEqualTo(2);
        assertThat(tx(() -> store.listActiveByUser(user, Optional.empty(), 10))).isEmpty();
        assertThat(tx(() -> store.findById(alreadyRevoked.id()))).contains(alreadyRevoked.revoked(T0));
        assertThat(tx(() -> store.findById(someoneElses.id()))).contains(someoneElses);
    }
}
