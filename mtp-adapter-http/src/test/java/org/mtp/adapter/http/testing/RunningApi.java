package org.mtp.adapter.http.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.mtp.adapter.http.HttpApi;
import org.mtp.adapter.http.HttpSettings;
import org.mtp.adapter.http.account.ClientsResource;
import org.mtp.adapter.http.account.MeResource;
import org.mtp.adapter.http.account.UsersResource;
import org.mtp.adapter.http.challenge.ChallengesResource;
import org.mtp.adapter.http.leaderboard.LeaderboardsResource;
import org.mtp.adapter.http.mapillary.MapillaryResource;
import org.mtp.adapter.http.oauth.AuthorizeResource;
import org.mtp.adapter.http.oauth.RevokeResource;
import org.mtp.adapter.http.oauth.TokenResource;
import org.mtp.adapter.http.problem.ProblemCatalog;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.sequence.SequencesResource;
import org.mtp.adapter.http.social.LikesResource;
import org.mtp.adapter.http.social.ViewpointsResource;
import org.mtp.adapter.http.system.HttpOperations;
import org.mtp.adapter.http.tour.ToursResource;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.fake.InMemoryPlatform;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.fake.TestServices;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.domain.user.User;

/**
 * Test fixture: the whole API on a random port over the in-memory use cases ({@link InMemoryPlatform}: accounts and
 * OAuth, plus sequences, Mapillary, tours, likes, viewpoints, leaderboards and challenges on one in-memory store with a
 * fake Mapillary to seed), with two clients registered by the operator (the uploader, public, redirecting to
 * {@code app.mtp.desktop://app}; and a confidential web client) and an {@link ApiClient} that validates every response.
 * Close it after the test.
 */
public final class RunningApi implements AutoCloseable {

    public static final String UPLOADER = "uploader";
    public static final String UPLOADER_REDIRECT = "app.mtp.desktop://app";
    public static final String WEB = "web";
    public static final String WEB_REDIRECT = "https://web.example.org/callback";
    /** Small, so that the 413 tests need little data. */
    public static final long MAX_BODY_BYTES = 16 * 1024;

    private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();

    public final InMemoryPlatform platform;
    public final InMemoryAccounts accounts;
    /** The stores behind every use case but the accounts', with the fake Mapillary and the services' clock. */
    public final InMemoryStores stores;

    public final HttpApi api;
    public final ApiClient client;
    public final ClientSecret webSecret;

    private RunningApi(OptionalInt dailyImportLimit, List<ApiResource> extraResources) {
        platform = new InMemoryPlatform(dailyImportLimit);
        accounts = platform.accounts;
        stores = platform.stores;
        accounts.client(UPLOADER, ClientType.PUBLIC, UPLOADER_REDIRECT);
        webSecret = accounts.client(WEB, ClientType.CONFIDENTIAL, WEB_REDIRECT, WEB_REDIRECT + "2")
                .secret()
                .orElseThrow();
        HttpSettings settings = HttpSettings.defaults(accounts.clock)
                .withMaxBodyBytes(MAX_BODY_BYTES)
                .withSecureCookies(false);
        List<ApiResource> resources = new ArrayList<>(resources(platform, settings));
        resources.addAll(extraResources);
        api = new HttpApi(
                        settings,
                        accounts.identifyClient,
                        accounts.resolveAccessToken,
                        resources,
                        ProblemCatalog.standard(),
                        HttpOperations.standalone())
                .start(0);
        client = new ApiClient("http://localhost:" + api.port(), CONTRACT);
    }

    public static RunningApi start() {
        return new RunningApi(OptionalInt.empty(), List.of());
    }

    /** With further resources, e.g. a route made to fail in a test. */
    public static RunningApi startWith(ApiResource... extraResources) {
        return new RunningApi(OptionalInt.empty(), List.of(extraResources));
    }

    /** With a per-user daily limit of Mapillary imports. */
    public static RunningApi startWithDailyImportLimit(int imports) {
        return new RunningApi(OptionalInt.of(imports), List.of());
    }

    public static OpenApiContract contract() {
        return CONTRACT;
    }

    /**
     * Every resource of the API over a platform's use cases, in the order bootstrap registers them; signing up goes
     * through the platform, so that the other services know the new users too.
     */
    public static List<ApiResource> resources(InMemoryPlatform platform, HttpSettings settings) {
        InMemoryAccounts accounts = platform.accounts;
        TestServices services = platform.services;
        return List.of(
                new UsersResource(platform.signUp),
                new ClientsResource(accounts.registerClient),
                new MeResource(accounts.listOwnTokens, accounts.revokeOwnToken),
                new AuthorizeResource(
                        accounts.checkAuthorizationRequest,
                        accounts.authorizeClient,
                        accounts.authenticateUser,
                        settings),
                new TokenResource(accounts.exchangeCode),
                new RevokeResource(accounts.revokeToken),
                new SequencesResource(
                        services.createDraft,
                        services.attach,
                        services.importSequence,
                        services.queries,
                        services.queries,
                        services.queries,
                        services.edit,
                        services.delete,
                        platform.stores.clock,
                        SequencesResource.DEFAULT_RENDERED_BYTES),
                new MapillaryResource(
                        services.mapillaryConnections,
                        services.mapillaryConnections,
                        services.mapillaryConnections,
                        services.listImportable),
                new LikesResource(services.likes),
                new ViewpointsResource(services.viewpoints),
                new ToursResource(
                        services.tours,
                        services.tours,
                        services.tours,
                        services.tours,
                        services.tours,
                        services.tours,
                        services.tours,
                        services.tours,
                        services.queries),
                new LeaderboardsResource(services.leaderboards),
                new ChallengesResource(
                        services.challenges,
                        services.challenges,
                        services.challenges,
                        services.challenges,
                        services.challenges,
                        services.challenges));
    }

    /** Signs up {@code username} through the use case, known to every service; the password is {@link #passwordOf}. */
    public User user(String username) {
        return platform.user(username);
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
                new AuthorizationRequestCommand(
                        ClientId.of(WEB),
                        "token",
                        Optional.of(WEB_REDIRECT),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                user.id()));
        AccessToken token = ((AuthorizationGrant.Implicit) grant).token().token();
        return token.reveal();
    }

    @Override
    public void close() {
        api.stop();
    }
}
