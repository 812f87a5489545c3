package org.mtp.application.fake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.in.account.ChangePasswordUseCase;
import org.mtp.application.port.in.account.ResolveSessionUseCase;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase;
import org.mtp.application.port.in.account.SignOutUseCase;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientUseCase;
import org.mtp.application.port.in.oauth.CheckAuthorizationRequestUseCase;
import org.mtp.application.port.in.oauth.ExchangeCodeUseCase;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.RegisterClientUseCase;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.in.oauth.RegisterOperatorClientUseCase;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.oauth.RevokeTokenUseCase;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.service.account.AuthenticateUserService;
import org.mtp.application.service.account.ChangePasswordService;
import org.mtp.application.service.account.SessionService;
import org.mtp.application.service.account.SignInLimits;
import org.mtp.application.service.account.SignInService;
import org.mtp.application.service.account.SignUpService;
import org.mtp.application.service.oauth.AuthorizeClientService;
import org.mtp.application.service.oauth.CheckAuthorizationRequestService;
import org.mtp.application.service.oauth.ExchangeCodeService;
import org.mtp.application.service.oauth.IdentifyClientService;
import org.mtp.application.service.oauth.ListOwnTokensService;
import org.mtp.application.service.oauth.OAuthSettings;
import org.mtp.application.service.oauth.RegisterClientService;
import org.mtp.application.service.oauth.RegisterOperatorClientService;
import org.mtp.application.service.oauth.ResolveAccessTokenService;
import org.mtp.application.service.oauth.RevokeOwnTokenService;
import org.mtp.application.service.oauth.RevokeTokenService;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/**
 * Test wiring of the account and OAuth use cases on in-memory fakes, with a fast password hash and a clock that stands
 * still; the HTTP and end-to-end tests build on it. Public fields keep the fakes inspectable.
 */
public final class InMemoryAccounts {

    public static final int TEST_HASH_ITERATIONS = Pbkdf2PasswordHasher.MIN_ITERATIONS;

    public final AdjustableClock clock = AdjustableClock.at("2026-03-01T10:00:00Z");
    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryClientRepository clients = new InMemoryClientRepository();
    public final InMemoryAuthorizationCodeStore codes = new InMemoryAuthorizationCodeStore();
    public final InMemoryAccessTokenStore tokens = new InMemoryAccessTokenStore();
    public final Pbkdf2PasswordHasher passwordHasher = new Pbkdf2PasswordHasher(TEST_HASH_ITERATIONS);
    public final SecureRandomTokenSource tokenSource = new SecureRandomTokenSource();
    public final OAuthSettings settings = new OAuthSettings(Duration.ofMinutes(2));
    public final InMemorySignInAttemptStore signInAttempts = new InMemorySignInAttemptStore();
    public final SignInLimits signInLimits = SignInLimits.defaults();

    public final SignUpUseCase signUp = new SignUpService(users, passwordHasher, unitOfWork, clock);
    public final AuthenticateUserUseCase authenticateUser =
            new AuthenticateUserService(users, passwordHasher, signInAttempts, unitOfWork, clock, signInLimits);
    public final SignInUseCase signIn = new SignInService(
            users, passwordHasher, signInAttempts, tokens, tokenSource, unitOfWork, clock, signInLimits);
    public final SessionService sessions = new SessionService(tokens, users, unitOfWork, clock);
    public final ResolveSessionUseCase resolveSession = sessions;
    public final SignOutUseCase signOut = sessions;
    public final SignOutEverywhereUseCase signOutEverywhere = sessions;
    public final ChangePasswordUseCase changePassword =
            new ChangePasswordService(users, tokens, passwordHasher, signInAttempts, unitOfWork, clock, signInLimits);
    public final RegisterClientUseCase registerClient =
            new RegisterClientService(clients, tokenSource, unitOfWork, clock);
    public final RegisterOperatorClientUseCase registerOperatorClient =
            new RegisterOperatorClientService(clients, tokenSource, unitOfWork, clock);
    public final IdentifyClientUseCase identifyClient = new IdentifyClientService(clients, unitOfWork);
    public final CheckAuthorizationRequestUseCase checkAuthorizationRequest =
            new CheckAuthorizationRequestService(clients, unitOfWork);
    public final AuthorizeClientUseCase authorizeClient =
            new AuthorizeClientService(clients, codes, tokens, tokenSource, unitOfWork, clock, settings);
    public final ExchangeCodeUseCase exchangeCode =
            new ExchangeCodeService(clients, codes, tokens, tokenSource, unitOfWork, clock);
    public final ResolveAccessTokenUseCase resolveAccessToken =
            new ResolveAccessTokenService(tokens, clients, users, unitOfWork);
    public final RevokeTokenUseCase revokeToken = new RevokeTokenService(clients, tokens, unitOfWork, clock);
    public final ListOwnTokensUseCase listOwnTokens = new ListOwnTokensService(tokens, clients, unitOfWork);
    public final RevokeOwnTokenUseCase revokeOwnToken = new RevokeOwnTokenService(tokens, unitOfWork, clock);

    /** The built-in first-party client is there from the start, as the migration puts it in a database. */
    public InMemoryAccounts() {
        clients.save(OAuthClient.firstParty(clock.instant()));
    }

    /** Signs up a user whose password is {@code "password-of-" + username}. */
    public User user(String username) {
        return signUp.signUp(new SignUpCommand(
                Username.of(username), Email.of(username + "@example.org"), RawPassword.of(passwordOf(username))));
    }

    public static String passwordOf(String username) {
        return "password-of-" + username;
    }

    /** Registers an operator client with the given id, type and redirect URIs. */
    public RegisteredClient client(String clientId, ClientType type, String... redirectUris) {
        return registerOperatorClient.register(new RegisterOperatorClientCommand(
                Optional.of(ClientId.of(clientId)),
                ClientName.of("Client " + clientId),
                RedirectUris.parse(List.of(redirectUris)),
                type));
    }

    /** A token of {@code user} for {@code clientId} through the implicit grant, with the given scope text. */
    public AccessToken tokenFor(User user, ClientId clientId, String scope) {
        AuthorizationGrant grant = authorizeClient.authorize(new AuthorizeClientCommand(
                new AuthorizationRequestCommand(
                        clientId,
                        "token",
                        Optional.empty(),
                        Optional.ofNullable(scope),
                        Optional.empty(),
                        Optional.empty()),
                user.id()));
        return ((AuthorizationGrant.Implicit) grant).token().token();
    }
}
