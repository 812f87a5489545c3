package org.mtp.adapter.http.testing;

import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.AccountUseCases;
import org.mtp.adapter.http.HttpApi;
import org.mtp.adapter.http.HttpSettings;
import org.mtp.adapter.http.problem.ProblemCatalog;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.port.in.oauth.AccessToken;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.ClientId;
import org.mtp.application.port.in.oauth.ClientSecret;
import org.mtp.application.port.in.oauth.ClientType;
import org.mtp.domain.user.User;

/**
 * Test fixture: the API on a random port over the in-memory use cases, with two clients registered by the operator
 * (the uploader, public, redirecting to {@code app.mtp.desktop://app}; and a confidential web client) and an
 * {@link ApiClient} that validates every response. Close it after the test.
 */
public final class RunningApi implements AutoCloseable {

  public static final String UPLOADER = "uploader";
  public static final String UPLOADER_REDIRECT = "app.mtp.desktop://app";
  public static final String WEB = "web";
  public static final String WEB_REDIRECT = "https://web.example.org/callback";
  /** Small, so that the 413 tests need little data. */
  public static final long MAX_BODY_BYTES = 16 * 1024;
  private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();

  public final InMemoryAccounts accounts = new InMemoryAccounts();
  public final HttpApi api;
  public final ApiClient client;
  public final ClientSecret webSecret;

  private RunningApi(List<ApiResource> extraResources) {
    accounts.client(UPLOADER, ClientType.PUBLIC, UPLOADER_REDIRECT);
    webSecret = accounts.client(WEB, ClientType.CONFIDENTIAL, WEB_REDIRECT, WEB_REDIRECT + "2").secret()
        .orElseThrow();
    HttpSettings settings = HttpSettings.defaults(accounts.clock).withMaxBodyBytes(MAX_BODY_BYTES)
        .withSecureCookies(false);
    api = new HttpApi(settings, useCases(accounts), extraResources, ProblemCatalog.standard()).start(0);
    client = new ApiClient("http://localhost:" + api.port(), CONTRACT);
  }

  public static RunningApi start() {
    return new RunningApi(List.of());
  }

  /** With further resources, e.g. a route made to fail in a test. */
  public static RunningApi startWith(ApiResource... extraResources) {
    return new RunningApi(List.of(extraResources));
  }

  public static OpenApiContract contract() {
    return CONTRACT;
  }

  /** The account and OAuth use cases of an {@link InMemoryAccounts}, as {@link HttpApi} takes them. */
  public static AccountUseCases useCases(InMemoryAccounts accounts) {
    return new AccountUseCases(accounts.signUp, accounts.authenticateUser, accounts.registerClient,
        accounts.identifyClient, accounts.checkAuthorizationRequest, accounts.authorizeClient, accounts.exchangeCode,
        accounts.resolveAccessToken, accounts.revokeToken, accounts.listOwnTokens, accounts.revokeOwnToken);
  }

  /** Signs up {@code username} directly through the use case; the password is {@link #passwordOf}. */
  public User user(String username) {
    return accounts.user(username);
  }

  public static String passwordOf(String username) {
    return InMemoryAccounts.passwordOf(username);
  }

  /** A token of {@code user} for the uploader through the implicit grant, with the scope text (null: both). */
  public String token(User user, String scope) {
    return accounts.tokenFor(user, ClientId.of(UPLOADER), scope).reveal();
  }

  public String token(User user) {
    return token(user, null);
  }

  /** A token for the confidential web client (it has two redirect URIs, so the first is named). */
  public String webToken(User user) {
    AuthorizationGrant grant = accounts.authorizeClient.authorize(new AuthorizeClientCommand(
        new AuthorizationRequestCommand(ClientId.of(WEB), "token", Optional.of(WEB_REDIRECT), Optional.empty(),
            Optional.empty(), Optional.empty()), user.id()));
    AccessToken token = ((AuthorizationGrant.Implicit) grant).token().token();
    return token.reveal();
  }

  @Override
  public void close() {
    api.stop();
  }
}
