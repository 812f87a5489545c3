package org.mtp.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.in.account.ResolveSessionUseCase.Session;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase.Reach;
import org.mtp.application.port.in.account.SignOutUseCase;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.application.port.in.oauth.ListOwnTokensQuery;
import org.mtp.application.port.in.oauth.TokenSummary;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

/** The web app's sessions: signing in issues a first-party token; sessions resolve, end one by one or all at once. */
class SessionUseCasesTest {

    private static final ClientAddress ADDRESS = ClientAddress.of("198.51.100.20");
    private static final ClientId UPLOADER = ClientId.of("uploader");
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;

    @BeforeEach
    void setUp() {
        alice = accounts.user("alice");
        accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");
    }

    private SignInUseCase.SignedIn signIn(String login) {
        return accounts.signIn.signIn(
                new SignInUseCase.Command(login, RawPassword.of(InMemoryAccounts.passwordOf("alice")), ADDRESS));
    }

    @Test
    void signingInIssuesAStoredTokenOfTheFirstPartyClientWithEveryScope() {
        SignInUseCase.SignedIn signedIn = signIn("alice@example.org");

        assertThat(signedIn.user()).isEqualTo(alice);
        assertThat(signedIn.session().clientId()).isEqualTo(ClientId.FIRST_PARTY);
        assertThat(signedIn.session().scopes()).isEqualTo(Scopes.all());
        assertThat(signedIn.session().createdAt()).isEqualTo(accounts.clock.instant());
        assertThat(accounts.resolveSession.resolve(signedIn.session().token()))
                .isEqualTo(new Session(signedIn.session().id(), alice));
    }

    @Test
    void aWrongPasswordIssuesNoSession() {
        assertThatThrownBy(() -> accounts.signIn.signIn(
                        new SignInUseCase.Command("alice", RawPassword.of("not-her-password"), ADDRESS)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.tokens.all()).isEmpty();
    }

    @Test
    void aSessionIsListedWithTheOtherTokensAndMarkedAsABrowserSession() {
        AccessToken session = signIn("alice").session().token();
        accounts.tokenFor(alice, UPLOADER, "read");

        assertThat(accounts.listOwnTokens
                        .list(new ListOwnTokensQuery(alice.id(), 10, Optional.empty()))
                        .items())
                .extracting(TokenSummary::isBrowserSession)
                .containsExactlyInAnyOrder(true, false);
        assertThat(accounts.resolveSession.resolve(session).user()).isEqualTo(alice);
    }

    @Test
    void aTokenOfAnotherClientIsNoSessionThoughItIsValidOnTheApi() {
        AccessToken appToken = accounts.tokenFor(alice, UPLOADER, null);

        assertThatThrownBy(() -> accounts.resolveSession.resolve(appToken)).isInstanceOf(InvalidTokenException.class);
        accounts.signOut.signOut(new SignOutUseCase.Command(appToken));
        assertThat(accounts.resolveAccessToken.resolve(appToken).user()).isEqualTo(alice);
    }

    @Test
    void signingOutEndsTheSessionAtOnceAndAgainIsNoError() {
        AccessToken session = signIn("alice").session().token();
        AccessToken other = signIn("alice").session().token();

        accounts.signOut.signOut(new SignOutUseCase.Command(session));
        accounts.signOut.signOut(new SignOutUseCase.Command(session));

        assertThatThrownBy(() -> accounts.resolveSession.resolve(session)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(session))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.resolveSession.resolve(other).user()).isEqualTo(alice);
    }

    @Test
    void signingOutEverywhereEndsEverySessionAndKeepsAppTokensUnlessAllAreAskedFor() {
        AccessToken first = signIn("alice").session().token();
        AccessToken second = signIn("alice").session().token();
        AccessToken appToken = accounts.tokenFor(alice, UPLOADER, null);
        User bob = accounts.user("bob");
        AccessToken bobs = accounts.signIn
                .signIn(new SignInUseCase.Command("bob", RawPassword.of(InMemoryAccounts.passwordOf("bob")), ADDRESS))
                .session()
                .token();

        int sessions = accounts.signOutEverywhere.signOutEverywhere(
                new SignOutEverywhereUseCase.Command(alice.id(), Reach.BROWSER_SESSIONS));

        assertThat(sessions).isEqualTo(2);
        assertThatThrownBy(() -> accounts.resolveSession.resolve(first)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> accounts.resolveSession.resolve(second)).isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.resolveAccessToken.resolve(appToken).user()).isEqualTo(alice);
        assertThat(accounts.resolveSession.resolve(bobs).user()).isEqualTo(bob);

        int all = accounts.signOutEverywhere.signOutEverywhere(
                new SignOutEverywhereUseCase.Command(alice.id(), Reach.ALL_TOKENS));

        assertThat(all).isEqualTo(1);
        assertThatThrownBy(() -> accounts.resolveAccessToken.resolve(appToken))
                .isInstanceOf(InvalidTokenException.class);
    }
}
