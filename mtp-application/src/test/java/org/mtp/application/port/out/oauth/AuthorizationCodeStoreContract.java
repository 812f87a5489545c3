package org.mtp.application.port.out.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
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
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** Contract of {@link AuthorizationCodeStore}: every implementation runs these tests through a subclass. */
public abstract class AuthorizationCodeStoreContract {

    private static final Instant ISSUED = Instant.parse("2026-01-02T03:04:05.678Z");
    private AuthorizationCodeStore store;
    private UnitOfWork unitOfWork;

    protected abstract AuthorizationCodeStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** The id of a client the stored codes may refer to; override when the store enforces a foreign key. */
    protected ClientId existingClient() {
        return ClientId.of("uploader");
    }

    /** The id of a user the stored codes may refer to; override when the store enforces a foreign key. */
    protected UserId existingUser() {
        return UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001"));
    }

    @BeforeEach
    void setUpContract() {
        store = newStore();
        unitOfWork = newUnitOfWork();
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    private AuthorizationCodeRecord code(String secret, Optional<CodeChallenge> challenge) {
        return AuthorizationCodeRecord.issued(
                TokenHash.sha256Of(secret),
                existingClient(),
                existingUser(),
                RedirectUri.of("app.mtp.desktop://app"),
                true,
                Scopes.of(Scope.READ),
                challenge,
                ISSUED,
                ISSUED.plusSeconds(120));
    }

    private void save(AuthorizationCodeRecord code) {
        unitOfWork.run(() -> store.save(code));
    }

    @Test
    void aSavedCodeIsFoundByItsHashWithEveryField() {
        AuthorizationCodeRecord code =
                code("code-one", Optional.of(CodeChallenge.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")));
        save(code);

        assertThat(tx(() -> store.findByHash(TokenHash.sha256Of("code-one")))).contains(code);
        assertThat(tx(() -> store.findByHash(TokenHash.sha256Of("code-two")))).isEmpty();
    }

    @Test
    void markingUsedSucceedsOnceAndRecordsWhenAndWhichToken() {
        AuthorizationCodeRecord code = code("code-one", Optional.empty());
        save(code);
        AccessTokenId token = AccessTokenId.random();
        Instant used = ISSUED.plusSeconds(30);

        assertThat(tx(() -> store.markUsed(code.hash(), used, token))).isTrue();
        assertThat(tx(() -> store.markUsed(code.hash(), used.plusSeconds(1), AccessTokenId.random())))
                .isFalse();
        assertThat(tx(() -> store.findByHash(code.hash()))).contains(code.markedUsed(used, token));
    }

    @Test
    void markingAnUnknownCodeUsedFails() {
        assertThat(tx(() -> store.markUsed(TokenHash.sha256Of("nothing"), ISSUED, AccessTokenId.random())))
                .isFalse();
    }

    @Test
    void concurrentMarkingLetsExactlyOneCallerWin() throws Exception {
        AuthorizationCodeRecord code = code("code-one", Optional.empty());
        save(code);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tx(() -> store.markUsed(code.hash(), ISSUED.plusSeconds(1), AccessTokenId.random()));
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
