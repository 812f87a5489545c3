package org.mtp.bootstrap.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
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
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.web.BrowseReads;
import org.mtp.adapter.web.ChallengeWrites;
import org.mtp.adapter.web.MapillaryImports;
import org.mtp.adapter.web.OwnerActions;
import org.mtp.adapter.web.TourChanges;
import org.mtp.adapter.web.WebApp;
import org.mtp.adapter.web.WebSettings;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.sequence.GetPhotoThumbnailUseCase;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.service.account.AuthenticateUserService;
import org.mtp.application.service.account.ChangePasswordService;
import org.mtp.application.service.account.SessionService;
import org.mtp.application.service.account.SignInLimits;
import org.mtp.application.service.account.SignInService;
import org.mtp.application.service.account.SignUpService;
import org.mtp.application.service.challenge.ChallengeService;
import org.mtp.application.service.leaderboard.LeaderboardService;
import org.mtp.application.service.map.SequenceMapService;
import org.mtp.application.service.mapillary.MapillaryConnectionReader;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.application.service.mapillary.MapillaryDisconnection;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
import org.mtp.application.service.oauth.AuthorizeClientService;
import org.mtp.application.service.oauth.CheckAuthorizationRequestService;
import org.mtp.application.service.oauth.ExchangeCodeService;
import org.mtp.application.service.oauth.IdentifyClientService;
import org.mtp.application.service.oauth.ListOwnTokensService;
import org.mtp.application.service.oauth.OAuthSettings;
import org.mtp.application.service.oauth.RegisterClientService;
import org.mtp.application.service.oauth.ResolveAccessTokenService;
import org.mtp.application.service.oauth.RevokeOwnTokenService;
import org.mtp.application.service.oauth.RevokeTokenService;
import org.mtp.application.service.profile.ProfileService;
import org.mtp.application.service.sequence.AttachMapillaryService;
import org.mtp.application.service.sequence.AttachStoredMapillaryService;
import org.mtp.application.service.sequence.BackgroundImportService;
import org.mtp.application.service.sequence.CreateDraftService;
import org.mtp.application.service.sequence.DeleteSequenceService;
import org.mtp.application.service.sequence.EditSequenceService;
import org.mtp.application.service.sequence.ImportLimit;
import org.mtp.application.service.sequence.ImportSequenceService;
import org.mtp.application.service.sequence.ListImportableService;
import org.mtp.application.service.sequence.OwnedMapillaryFetch;
import org.mtp.application.service.sequence.PhotoThumbnailService;
import org.mtp.application.service.sequence.SequenceQueries;
import org.mtp.application.service.social.LikeService;
import org.mtp.application.service.social.LikeStatusService;
import org.mtp.application.service.social.ViewpointService;
import org.mtp.application.service.tour.TourService;

/**
 * Hand wiring of the driving adapters, top to bottom: each service on its stores and ports, then the REST resources and
 * the web pages that serve the use cases, then the one server both add their routes to. The one place that knows which
 * service implements which use case.
 */
public final class ApiWiring {

    private ApiWiring() {}

    /** The unstarted server with the API and the web app over the stores of one database and the Mapillary ports. */
    public static OneServer server(
            HttpSettings settings,
            WebSettings webSettings,
            HttpOperations operations,
            UnitOfWork unitOfWork,
            AccountStores accounts,
            SequenceStores stores,
            MapillaryGateway mapillary,
            MapillaryAuthorization mapillaryAuthorization,
            PasswordHasher hasher,
            SignInLimits signInLimits,
            OptionalInt dailyImportLimit,
            long renderedSequenceBytes,
            Optional<MapillaryToken> mapillaryClientToken,
            ImportWorkers importWorkers,
            Clock clock) {
        SecureTokenSource tokens = new SecureRandomTokenSource();
        IdGenerator ids = UUID::randomUUID;

        var signUp = new SignUpService(accounts.users(), hasher, unitOfWork, clock);
        var authenticateUser = new AuthenticateUserService(
                accounts.users(), hasher, accounts.signInAttempts(), unitOfWork, clock, signInLimits);
        var registerClient = new RegisterClientService(accounts.clients(), tokens, unitOfWork, clock);
        var identifyClient = new IdentifyClientService(accounts.clients(), unitOfWork);
        var checkAuthorizationRequest = new CheckAuthorizationRequestService(accounts.clients(), unitOfWork);
        var authorizeClient = new AuthorizeClientService(
                accounts.clients(),
                accounts.authorizationCodes(),
                accounts.accessTokens(),
                tokens,
                unitOfWork,
                clock,
                OAuthSettings.defaults());
        var exchangeCode = new ExchangeCodeService(
                accounts.clients(), accounts.authorizationCodes(), accounts.accessTokens(), tokens, unitOfWork, clock);
        var resolveAccessToken = new ResolveAccessTokenService(
                accounts.accessTokens(), accounts.clients(), accounts.users(), unitOfWork);
        var revokeToken = new RevokeTokenService(accounts.clients(), accounts.accessTokens(), unitOfWork, clock);
        var listOwnTokens = new ListOwnTokensService(accounts.accessTokens(), accounts.clients(), unitOfWork);
        var revokeOwnToken = new RevokeOwnTokenService(accounts.accessTokens(), unitOfWork, clock);
        // The web app's sign-in and account page: sessions are tokens of the first-party client.
        var signIn = new SignInService(
                accounts.users(),
                hasher,
                accounts.signInAttempts(),
                accounts.accessTokens(),
                tokens,
                unitOfWork,
                clock,
                signInLimits);
        var sessions = new SessionService(accounts.accessTokens(), accounts.users(), unitOfWork, clock);
        var changePassword = new ChangePasswordService(
                accounts.users(),
                accounts.accessTokens(),
                hasher,
                accounts.signInAttempts(),
                unitOfWork,
                clock,
                signInLimits);

        var limit = new ImportLimit(dailyImportLimit, stores.sequences(), unitOfWork, clock);
        var fetch = new OwnedMapillaryFetch(mapillary);
        var storedTokens =
                new StoredMapillaryToken(accounts.mapillaryConnections(), mapillaryAuthorization, unitOfWork, clock);
        var createDraft = new CreateDraftService(stores.sequences(), stores.derivedData(), unitOfWork, ids, clock);
        var attachMapillary = new AttachMapillaryService(
                stores.sequences(), stores.sequenceReadModel(), stores.derivedData(), fetch, limit, unitOfWork, clock);
        var importSequence = new ImportSequenceService(
                stores.sequences(),
                stores.sequenceReadModel(),
                stores.derivedData(),
                storedTokens,
                fetch,
                limit,
                unitOfWork,
                ids,
                clock);
        var listImportable = new ListImportableService(storedTokens, mapillary, stores.sequences(), unitOfWork);
        var backgroundImports = new BackgroundImportService(
                importSequence,
                accounts.importJobs(),
                unitOfWork,
                importWorkers,
                ids,
                clock,
                new ImportRunner(UUID.randomUUID()));
        importWorkers.beforeFirstImport(backgroundImports::keepAlive);
        importWorkers.every(BackgroundImportService.HEARTBEAT, backgroundImports::keepAlive);
        importWorkers.onClose(backgroundImports::stop);
        var attachStored = new AttachStoredMapillaryService(storedTokens, attachMapillary);
        var editSequence = new EditSequenceService(
                stores.sequences(), stores.sequenceReadModel(), stores.derivedData(), unitOfWork);
        var deleteSequence =
                new DeleteSequenceService(stores.sequences(), stores.tours(), stores.derivedData(), unitOfWork);
        var sequenceQueries = new SequenceQueries(stores.sequenceReadModel(), stores.challenges(), unitOfWork);
        // Thumbnails need the app's client token; without one the pages show none.
        Optional<GetPhotoThumbnailUseCase> thumbnails = mapillaryClientToken.map(
                token -> new PhotoThumbnailService(stores.sequences(), mapillary, token, unitOfWork));
        var mapillaryConnections = new MapillaryConnectionService(
                mapillary,
                mapillaryAuthorization,
                accounts.mapillaryConnections(),
                accounts.connectionStates(),
                unitOfWork,
                clock,
                new SecureRandom());
        var likes = new LikeService(
                stores.sequenceReadModel(), stores.tours(), stores.likes(), stores.derivedData(), unitOfWork, clock);
        var viewpoints = new ViewpointService(
                stores.sequenceReadModel(), stores.viewpoints(), stores.derivedData(), unitOfWork, clock);
        var tours = new TourService(
                stores.tours(),
                stores.sequences(),
                stores.sequenceReadModel(),
                stores.derivedData(),
                accounts.userDirectory(),
                unitOfWork,
                ids,
                clock);
        var leaderboards = new LeaderboardService(stores.leaderboards(), unitOfWork);
        var challenges = new ChallengeService(
                stores.challenges(), stores.challengeCandidates(), accounts.userDirectory(), unitOfWork, ids, clock);
        var likeStatus = new LikeStatusService(stores.likes(), unitOfWork);
        var profiles = new ProfileService(accounts.userDirectory(), stores.leaderboards(), unitOfWork);

        List<ApiResource> resources = List.of(
                new UsersResource(signUp),
                new ClientsResource(registerClient),
                new MeResource(listOwnTokens, revokeOwnToken),
                new AuthorizeResource(checkAuthorizationRequest, authorizeClient, authenticateUser, settings),
                new TokenResource(exchangeCode),
                new RevokeResource(revokeToken),
                new SequencesResource(
                        createDraft,
                        attachMapillary,
                        importSequence,
                        sequenceQueries,
                        sequenceQueries,
                        sequenceQueries,
                        editSequence,
                        deleteSequence,
                        clock,
                        renderedSequenceBytes),
                new MapillaryResource(mapillaryConnections, mapillaryConnections, mapillaryConnections, listImportable),
                new LikesResource(likes),
                new ViewpointsResource(viewpoints),
                new ToursResource(tours, tours, tours, tours, tours, tours, tours, tours, sequenceQueries),
                new LeaderboardsResource(leaderboards),
                new ChallengesResource(challenges, challenges, challenges, challenges, challenges, challenges));
        var api = new HttpApi(
                settings, identifyClient, resolveAccessToken, resources, ProblemCatalog.standard(), operations);
        var web = new WebApp(
                webSettings,
                sessions,
                signIn,
                signUp,
                sessions,
                sessions,
                changePassword,
                listOwnTokens,
                revokeOwnToken,
                new MapillaryConnectionReader(accounts.mapillaryConnections(), unitOfWork),
                sequenceQueries,
                sequenceQueries,
                likes,
                likeStatus,
                viewpoints,
                profiles,
                new BrowseReads(
                        leaderboards,
                        leaderboards,
                        tours,
                        tours,
                        challenges,
                        challenges,
                        challenges,
                        new SequenceMapService(stores.sequenceMap(), unitOfWork)),
                new OwnerActions(
                        editSequence,
                        deleteSequence,
                        new MapillaryDisconnection(accounts.mapillaryConnections(), unitOfWork)),
                new TourChanges(tours, tours, tours, tours, tours, tours),
                thumbnails,
                new ChallengeWrites(challenges, challenges, challenges),
                new MapillaryImports(
                        mapillaryConnections, listImportable, backgroundImports, backgroundImports, attachStored));
        return OneServer.of(api, web);
    }
}
