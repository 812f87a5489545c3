package org.mtp.adapter.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.mtp.adapter.web.account.AccountPage;
import org.mtp.adapter.web.account.SignInPage;
import org.mtp.adapter.web.account.SignOutAction;
import org.mtp.adapter.web.account.SignUpPage;
import org.mtp.adapter.web.asset.Assets;
import org.mtp.adapter.web.challenge.ChallengeEditing;
import org.mtp.adapter.web.challenge.ChallengePages;
import org.mtp.adapter.web.home.HomePage;
import org.mtp.adapter.web.home.MapData;
import org.mtp.adapter.web.importing.ImportPages;
import org.mtp.adapter.web.leaderboard.LeaderboardPage;
import org.mtp.adapter.web.manage.DeleteSequencePage;
import org.mtp.adapter.web.manage.DraftsPage;
import org.mtp.adapter.web.manage.EditSequencePage;
import org.mtp.adapter.web.page.ErrorPages;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.profile.ProfilePage;
import org.mtp.adapter.web.search.SequencesPage;
import org.mtp.adapter.web.sequence.AddToTourAction;
import org.mtp.adapter.web.sequence.SequencePage;
import org.mtp.adapter.web.sequence.SocialActions;
import org.mtp.adapter.web.sequence.ThumbnailRoute;
import org.mtp.adapter.web.session.ClientAddresses;
import org.mtp.adapter.web.session.Csrf;
import org.mtp.adapter.web.session.Sessions;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.template.StaticTemplates;
import org.mtp.adapter.web.tour.TourFormPages;
import org.mtp.adapter.web.tour.TourOrderActions;
import org.mtp.adapter.web.tour.TourPages;
import org.mtp.application.port.in.account.ChangePasswordUseCase;
import org.mtp.application.port.in.account.ResolveSessionUseCase;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase;
import org.mtp.application.port.in.account.SignOutUseCase;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.profile.GetProfileUseCase;
import org.mtp.application.port.in.sequence.GetPhotoThumbnailUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.social.LikeStatusUseCase;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.application.port.in.social.ViewpointUseCase;

/**
 * Web adapter: the server-rendered pages of Map the Paths (JTE templates compiled at build time, htmx, Leaflet),
 * calling the same use cases as the REST API in-process. Bootstrap adds it to the one server with {@link #addTo} and
 * sends it the failures on its paths ({@link #answerFailure}); it owns every path the REST API does not. Without a
 * thumbnail use case (no Mapillary app configured) the photos show no thumbnails and their route does not exist.
 */
public final class WebApp {

    private final Assets assets = Assets.fromClassPath();
    private final PageWriter pages;
    private final ErrorPages errors;
    private final HomePage home;
    private final MapData mapData;
    private final SequencePage sequence;
    private final Optional<ThumbnailRoute> thumbnails;
    private final SocialActions social;
    private final ProfilePage profile;
    private final SignInPage signInPage;
    private final SignUpPage signUpPage;
    private final SignOutAction signOutAction;
    private final AccountPage account;
    private final LeaderboardPage leaderboards;
    private final TourPages tours;
    private final TourFormPages tourForms;
    private final TourOrderActions tourOrder;
    private final AddToTourAction addToTour;
    private final ChallengePages challenges;
    private final ChallengeEditing challengeEditing;
    private final SequencesPage sequences;
    private final DraftsPage drafts;
    private final EditSequencePage editSequence;
    private final DeleteSequencePage deleteSequence;
    private final ImportPages imports;

    public WebApp(
            WebSettings settings,
            ResolveSessionUseCase resolveSession,
            SignInUseCase signIn,
            SignUpUseCase signUp,
            SignOutUseCase signOut,
            SignOutEverywhereUseCase signOutEverywhere,
            ChangePasswordUseCase changePassword,
            ListOwnTokensUseCase listTokens,
            RevokeOwnTokenUseCase revokeToken,
            GetMapillaryConnectionUseCase mapillaryConnection,
            SearchSequencesUseCase search,
            GetSequenceUseCase getSequence,
            LikeUseCase like,
            LikeStatusUseCase likeStatus,
            ViewpointUseCase viewpoint,
            GetProfileUseCase getProfile,
            BrowseReads browse,
            OwnerActions owner,
            TourChanges tourChanges,
            Optional<GetPhotoThumbnailUseCase> thumbnails,
            ChallengeWrites challengeWrites,
            MapillaryImports imports) {
        Sessions sessions = new Sessions(resolveSession, settings.secureCookies());
        Csrf csrf = new Csrf(settings.signingKey(), settings.secureCookies());
        SignedIn signedIn = new SignedIn(sessions, csrf);
        ClientAddresses addresses = new ClientAddresses(settings.trustedProxies());
        this.pages = new PageWriter(new StaticTemplates(), assets, sessions, csrf, settings, true);
        this.errors = new ErrorPages(pages);
        this.home = new HomePage(pages, search);
        this.mapData = new MapData(browse.sequenceMap());
        this.sequence = new SequencePage(pages, getSequence, likeStatus, thumbnails.isPresent(), browse.listTours());
        this.thumbnails = thumbnails.map(t -> new ThumbnailRoute(pages, t, settings.thumbnailCacheBytes()));
        this.social = new SocialActions(pages, signedIn, like, viewpoint);
        this.profile = new ProfilePage(pages, getProfile, search);
        this.signInPage = new SignInPage(pages, signIn, addresses);
        this.signUpPage = new SignUpPage(pages, signUp, signIn, addresses);
        this.signOutAction = new SignOutAction(pages, signOut);
        this.account = new AccountPage(
                pages,
                signedIn,
                listTokens,
                revokeToken,
                signOutEverywhere,
                changePassword,
                mapillaryConnection,
                owner.disconnectMapillary(),
                addresses);
        this.leaderboards = new LeaderboardPage(pages, browse.leaderboards(), browse.leaderboardRows());
        this.tours = new TourPages(pages, browse.listTours(), browse.getTour(), likeStatus, search);
        this.tourForms = new TourFormPages(pages, signedIn, browse.getTour(), tourChanges, search);
        this.tourOrder = new TourOrderActions(pages, signedIn, browse.getTour(), tourChanges, tours);
        this.addToTour = new AddToTourAction(pages, signedIn, tourChanges.add(), sequence);
        this.imports =
                new ImportPages(pages, signedIn, imports, mapillaryConnection, search, getSequence, Clock.systemUTC());
        this.sequences = new SequencesPage(
                pages, search, browse.listChallenges(), browse.getChallenge(), this.imports::available);
        this.drafts = new DraftsPage(pages, signedIn, search);
        this.editSequence = new EditSequencePage(pages, signedIn, getSequence, owner.edit(), search);
        this.deleteSequence = new DeleteSequencePage(pages, signedIn, getSequence, owner.delete());
        this.challenges = new ChallengePages(
                pages, browse.listChallenges(), browse.getChallenge(), browse.challengeLeaderboards());
        this.challengeEditing = new ChallengeEditing(
                pages,
                signedIn,
                browse.getChallenge(),
                challengeWrites.create(),
                challengeWrites.edit(),
                challengeWrites.delete());
    }

    /** Adds the pages and their assets to a server its owner is configuring. */
    public void addTo(JavalinConfig config) {
        assets.register(config.routes);
        home.register(config.routes);
        mapData.register(config.routes);
        drafts.register(config.routes); // before /sequences/{id}, which would read "drafts" as an id
        // before the sequence page, whose /sequences/{id} would match /sequences/import
        imports.register(config.routes);
        sequence.register(config.routes);
        thumbnails.ifPresent(t -> t.register(config.routes));
        social.register(config.routes);
        profile.register(config.routes);
        signInPage.register(config.routes);
        signUpPage.register(config.routes);
        signOutAction.register(config.routes);
        account.register(config.routes);
        leaderboards.register(config.routes);
        tourForms.register(config.routes); // before the tour page, whose /tours/{id} would take /tours/new
        tours.register(config.routes);
        challengeEditing.register(config.routes);
        tourOrder.register(config.routes);
        addToTour.register(config.routes);
        challenges.register(config.routes);
        sequences.register(config.routes);
        editSequence.register(config.routes);
        deleteSequence.register(config.routes);
    }

    /** Answers a failure on one of the web app's paths (an unknown one included) with an HTML page. */
    public void answerFailure(Exception failure, Context ctx) {
        errors.answer(failure, ctx);
    }
}
