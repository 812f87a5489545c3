package org.mtp.adapter.web.testing;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.web.BrowseReads;
import org.mtp.adapter.web.ChallengeWrites;
import org.mtp.adapter.web.MapillaryImports;
import org.mtp.adapter.web.OwnerActions;
import org.mtp.adapter.web.TourChanges;
import org.mtp.adapter.web.WebApp;
import org.mtp.adapter.web.WebSettings;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.fake.InMemoryPlatform;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.fake.TestServices;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.account.TrustedProxies;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.profile.GetProfileUseCase;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

/**
 * Test fixture: the web app alone on a server of its own (port 0) over the in-memory application, with a tile route of
 * its own so that no page asks a tile server on the internet, request ids as the REST adapter gives them, and helpers
 * to add people, sessions and sequences. Close it after the test.
 */
public final class WebWorld implements AutoCloseable {

    public static final String TILE_URL = "/test-tiles/{z}/{x}/{y}.png";
    /** A username whose profile fails unexpectedly, for the 500 page. */
    public static final String FAILING_USER = "explodes";

    private static final String CLIENT = "mtp-web-test";
    /** A 1x1 PNG, light grey. */
    private static final byte[] TILE = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4/58BAAT/Av7c3hVRAAAAAElFTkSuQmCC");

    public final InMemoryPlatform platform = new InMemoryPlatform();
    public final InMemoryStores stores = platform.stores;
    public final TestServices services = platform.services;
    private final Javalin server;

    public WebWorld() {
        this(true, WebSettings.DEFAULT_THUMBNAIL_CACHE_BYTES);
    }

    /** {@code thumbnails}: whether a Mapillary app is configured; {@code thumbnailCacheBytes}: the cache's bound. */
    public WebWorld(boolean thumbnails, long thumbnailCacheBytes) {
        platform.accounts.client(CLIENT, ClientType.PUBLIC, "http://127.0.0.1/callback");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        GetProfileUseCase profiles = username -> {
            if (username.value().equals(FAILING_USER)) {
                throw new IllegalStateException("a failure nobody expected");
            }
            return services.profiles.get(username);
        };
        InMemoryAccounts accounts = platform.accounts;
        WebApp web = new WebApp(
                new WebSettings(TILE_URL, "Test tiles <b>", false, key, TrustedProxies.none(), thumbnailCacheBytes),
                accounts.resolveSession,
                accounts.signIn,
                platform.signUp,
                accounts.signOut,
                accounts.signOutEverywhere,
                accounts.changePassword,
                accounts.listOwnTokens,
                accounts.revokeOwnToken,
                services.mapillaryConnection,
                services.queries,
                services.queries,
                services.likes,
                services.likeStatus,
                services.viewpoints,
                profiles,
                new BrowseReads(
                        services.leaderboards,
                        services.leaderboards,
                        services.tours,
                        services.tours,
                        services.challenges,
                        services.challenges,
                        services.challenges,
                        services.sequenceMap),
                new OwnerActions(services.edit, services.delete, services.mapillaryDisconnection),
                new TourChanges(
                        services.tours, services.tours, services.tours, services.tours, services.tours, services.tours),
                thumbnails ? Optional.of(services.thumbnails) : Optional.empty(),
                new ChallengeWrites(services.challenges, services.challenges, services.challenges),
                new MapillaryImports(
                        services.mapillaryConnections,
                        services.listImportable,
                        services.backgroundImports,
                        services.backgroundImports,
                        services.attachStored));
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.http.prefer405over404 = true;
                    config.routes.before(
                            ctx -> ctx.header("X-Request-Id", UUID.randomUUID().toString()));
                    config.routes.get(
                            "/test-tiles/{z}/{x}/{y}.png",
                            ctx -> ctx.contentType("image/png").result(TILE));
                    web.addTo(config);
                    // as on the one server, where the REST adapter hands the failures on other paths to the web app
                    config.routes.exception(HttpResponseException.class, web::answerFailure);
                    config.routes.exception(Exception.class, web::answerFailure);
                })
                .start("127.0.0.1", 0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public User person(String username) {
        return platform.user(username);
    }

    /** A session cookie value for {@code user}, as the sign-in form gets one. */
    public String sessionOf(User user) {
        return sessionOfWithPassword(
                user, InMemoryAccounts.passwordOf(user.username().value()));
    }

    /** A session cookie value for {@code user} signing in with {@code password}. */
    public String sessionOfWithPassword(User user, String password) {
        SignInUseCase.Command command = new SignInUseCase.Command(
                user.username().value(), RawPassword.of(password), ClientAddress.of("127.0.0.1"));
        return platform.accounts.signIn.signIn(command).session().token().reveal();
    }

    /** A token of an app (not a session) for {@code user}, as the OAuth flow grants one. */
    public String appTokenOf(User user) {
        return platform.accounts
                .tokenFor(user, ClientId.of(CLIENT), "read write")
                .reveal();
    }

    /**
     * Stores {@code sequence} and hands what it recorded to the derived data, as the use cases do; a published one's
     * photos are on the fake Mapillary too, so their thumbnails load.
     */
    public Sequence store(Sequence sequence) {
        sequence.mapillary().ifPresent(stores.mapillary::addSequence);
        stores.unitOfWork.run(() -> {
            stores.sequences.save(sequence);
            stores.derived.record(sequence.takeEvents());
        });
        return sequence;
    }

    @Override
    public void close() {
        server.stop();
    }
}
