package org.mtp.adapter.persistence.write.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.InstanceOfAssertFactories;
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
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.InvalidGrantException;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.out.oauth.AuthorizationCodeRecord;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.service.oauth.AuthorizeClientService;
import org.mtp.application.service.oauth.ExchangeCodeService;
import org.mtp.application.service.oauth.OAuthSettings;
import org.mtp.application.service.oauth.RegisterOperatorClientService;
import org.mtp.domain.user.UserId;

/**
 * The code grant's single use on both databases, through the real exchange use case: two exchanges of one code that
 * have both read it as unused before either marks it give one token and one refusal; a later replay revokes that token
 * through the id the code recorded.
 */
class CodeExchangeRaceTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final RedirectUri REDIRECT = RedirectUri.of("https://tools.example.org/callback");

    private final AdjustableClock clock = AdjustableClock.at("2026-03-01T10:00:00Z");
    private final SecureRandomTokenSource tokenSource = new SecureRandomTokenSource();

    /** A code store whose {@code markUsed} first waits until both exchanges have reached it. */
    private record MeetingBeforeMarking(AuthorizationCodeStore store, CyclicBarrier barrier)
            implements AuthorizationCodeStore {

        @Override
        public void save(AuthorizationCodeRecord code) {
            store.save(code);
        }

        @Override
        public Optional<AuthorizationCodeRecord> findByHash(TokenHash hash) {
            return store.findByHash(hash);
        }

        @Override
        public boolean markUsed(TokenHash hash, Instant at, AccessTokenId issuedToken) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other exchange never reached markUsed", e);
            }
            return store.markUsed(hash, at, issuedToken);
        }
    }

    /** A confidential client and a fresh code of a fresh user for it. */
    private record Issued(ClientId client, ClientSecret secret, AuthorizationCode code) {}

    private Issued issueCode(PersistenceContext context, AccountStores stores) throws SQLException {
        UserId user = UserId.of(TestRows.user(
                context.dataSource(), "u" + UUID.randomUUID().toString().substring(0, 8)));
        ClientId client = ClientId.of("tools-" + UUID.randomUUID());
        ClientSecret secret = new RegisterOperatorClientService(
                        stores.clients(), tokenSource, context.unitOfWork(), clock)
                .register(new RegisterOperatorClientCommand(
                        Optional.of(client),
                        ClientName.of("Tools"),
                        RedirectUris.of(REDIRECT),
                        ClientType.CONFIDENTIAL))
                .secret()
                .orElseThrow();
        AuthorizationGrant grant = new AuthorizeClientService(
                        stores.clients(),
                        stores.authorizationCodes(),
                        stores.accessTokens(),
                        tokenSource,
                        context.unitOfWork(),
                        clock,
                        OAuthSettings.defaults())
                .authorize(new AuthorizeClientCommand(
                        new AuthorizationRequestCommand(
                                client,
                                "code",
                                Optional.of(REDIRECT.value()),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        user));
        return new Issued(client, secret, ((AuthorizationGrant.Code) grant).code());
    }

    private ExchangeCodeService exchange(
            PersistenceContext context, AccountStores stores, AuthorizationCodeStore codes) {
        return new ExchangeCodeService(
                stores.clients(), codes, stores.accessTokens(), tokenSource, context.unitOfWork(), clock);
    }

    private static ExchangeCodeCommand command(Issued issued) {
        return new ExchangeCodeCommand(
                ClientCredentials.confidential(issued.client(), issued.secret()),
                issued.code(),
                Optional.of(REDIRECT.value()),
                Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTwoExchangesThatBothReadTheCodeAsUnused_whenBothMarkIt_thenOneGetsATokenAndTheOtherIsRefused(
            Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());
        Issued issued = issueCode(context, stores);
        ExchangeCodeService racing =
                exchange(context, stores, new MeetingBeforeMarking(stores.authorizationCodes(), new CyclicBarrier(2)));

        List<IssuedAccessToken> tokens = new ArrayList<>();
        List<Throwable> refusals = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<IssuedAccessToken>> exchanges = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                exchanges.add(CompletableFuture.supplyAsync(() -> racing.exchange(command(issued)), threads));
            }
            for (CompletableFuture<IssuedAccessToken> exchange : exchanges) {
                try {
                    tokens.add(exchange.orTimeout(20, TimeUnit.SECONDS).join());
                } catch (CompletionException e) {
                    refusals.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(tokens).hasSize(1);
        assertThat(refusals)
                .singleElement(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(InvalidGrantException.class)
                .hasMessageContaining("already used");
        assertThat(Sql.number(
                        context.dataSource(),
                        "SELECT COUNT(*) FROM access_tokens WHERE client_id = ?",
                        issued.client().value()))
                .isEqualTo(1);
        AuthorizationCodeRecord code = context.unitOfWork()
                .inTransaction(() ->
                        stores.authorizationCodes().findByHash(issued.code().hash()))
                .orElseThrow();
        assertThat(code.issuedTokenId()).contains(tokens.get(0).id());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnExchangedCode_whenReplayed_thenTheTokenItBecameIsRevoked(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());
        Issued issued = issueCode(context, stores);
        ExchangeCodeService exchange = exchange(context, stores, stores.authorizationCodes());
        IssuedAccessToken token = exchange.exchange(command(issued));

        clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> exchange.exchange(command(issued))).isInstanceOf(InvalidGrantException.class);
        assertThat(context.unitOfWork()
                        .inTransaction(() -> stores.accessTokens().findById(token.id())))
                .hasValueSatisfying(record -> assertThat(record.revokedAt()).contains(clock.instant()));
    }
}
