package org.mtp.bootstrap.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.UUID;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.oauth.RegisterOperatorClientUseCase;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.service.account.AuthenticateUserService;
import org.mtp.application.service.account.SignUpService;
import org.mtp.application.service.challenge.ChallengeService;
import org.mtp.application.service.leaderboard.LeaderboardService;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
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
import org.mtp.application.service.sequence.AttachMapillaryService;
import org.mtp.application.service.sequence.CreateDraftService;
import org.mtp.application.service.sequence.DeleteSequenceService;
import org.mtp.application.service.sequence.EditSequenceService;
import org.mtp.application.service.sequence.ImportLimit;
import org.mtp.application.service.sequence.ImportSequenceService;
import org.mtp.application.service.sequence.ListImportableService;
import org.mtp.application.service.sequence.OwnedMapillaryFetch;
import org.mtp.application.service.sequence.SequenceQueries;
import org.mtp.application.service.social.LikeService;
import org.mtp.application.service.social.ViewpointService;
import org.mtp.application.service.tour.TourService;
import org.mtp.adapter.http.AccountUseCases;
import org.mtp.adapter.http.FeatureUseCases;
import org.mtp.adapter.http.challenge.ChallengeUseCaseSet;
import org.mtp.adapter.http.mapillary.MapillaryUseCases;
import org.mtp.adapter.http.sequence.SequenceUseCases;
import org.mtp.adapter.http.tour.TourUseCaseSet;

/**
 * Hand wiring of every use case on a set of stores and the Mapillary ports: the one place that knows which service
 * implements which use case. Bootstrap's service and the end-to-end tests both build from it.
 */
public final class UseCases {

  public final AccountUseCases accounts;
  public final SignUpUseCase signUp;
  public final RegisterOperatorClientUseCase registerOperatorClient;
  public final CreateDraftService createDraft;
  public final AttachMapillaryService attachMapillary;
  public final ImportSequenceService importSequence;
  public final ListImportableService listImportable;
  public final EditSequenceService editSequence;
  public final DeleteSequenceService deleteSequence;
  public final SequenceQueries sequenceQueries;
  public final LikeService likes;
  public final ViewpointService viewpoints;
  public final TourService tours;
  public final LeaderboardService leaderboards;
  public final ChallengeService challenges;
  public final MapillaryConnectionService mapillaryConnections;

  /** The use cases of the API's second part, grouped as the HTTP adapter takes them. */
  public FeatureUseCases features() {
    return new FeatureUseCases(
        new SequenceUseCases(createDraft, attachMapillary, importSequence, sequenceQueries, sequenceQueries,
            editSequence, deleteSequence),
        new MapillaryUseCases(mapillaryConnections, mapillaryConnections, mapillaryConnections, listImportable),
        likes, viewpoints,
        new TourUseCaseSet(tours, tours, tours, tours, tours, tours, tours, tours, sequenceQueries),
        leaderboards,
        new ChallengeUseCaseSet(challenges, challenges, challenges, challenges, challenges, challenges));
  }

  public UseCases(Stores s, MapillaryPorts mapillary, PasswordHasher hasher, OptionalInt dailyImportLimit,
      Clock clock) {
    SecureTokenSource tokens = new SecureRandomTokenSource();
    IdGenerator ids = UUID::randomUUID;
    signUp = new SignUpService(s.users(), hasher, s.unitOfWork(), clock);
    registerOperatorClient = new RegisterOperatorClientService(s.clients(), tokens, s.unitOfWork(), clock);
    accounts = new AccountUseCases(signUp,
        new AuthenticateUserService(s.users(), hasher, s.unitOfWork()),
        new RegisterClientService(s.clients(), tokens, s.unitOfWork(), clock),
        new IdentifyClientService(s.clients(), s.unitOfWork()),
        new CheckAuthorizationRequestService(s.clients(), s.unitOfWork()),
        new AuthorizeClientService(s.clients(), s.authorizationCodes(), s.accessTokens(), tokens, s.unitOfWork(),
            clock, OAuthSettings.defaults()),
        new ExchangeCodeService(s.clients(), s.authorizationCodes(), s.accessTokens(), tokens, s.unitOfWork(), clock),
        new ResolveAccessTokenService(s.accessTokens(), s.clients(), s.users(), s.unitOfWork()),
        new RevokeTokenService(s.clients(), s.accessTokens(), s.unitOfWork(), clock),
        new ListOwnTokensService(s.accessTokens(), s.clients(), s.unitOfWork()),
        new RevokeOwnTokenService(s.accessTokens(), s.unitOfWork(), clock));

    ImportLimit limit = new ImportLimit(dailyImportLimit, s.sequences(), clock);
    OwnedMapillaryFetch fetch = new OwnedMapillaryFetch(mapillary.gateway());
    StoredMapillaryToken storedTokens = new StoredMapillaryToken(s.mapillaryConnections(), mapillary.authorization(),
        s.unitOfWork(), clock);
    createDraft = new CreateDraftService(s.sequences(), s.unitOfWork(), ids, clock);
    attachMapillary = new AttachMapillaryService(s.sequences(), fetch, limit, s.unitOfWork(), clock);
    importSequence = new ImportSequenceService(s.sequences(), storedTokens, fetch, limit, s.unitOfWork(), ids, clock);
    listImportable = new ListImportableService(storedTokens, mapillary.gateway(), s.sequences(), s.unitOfWork());
    editSequence = new EditSequenceService(s.sequences(), s.unitOfWork());
    deleteSequence = new DeleteSequenceService(s.sequences(), s.tours(), s.unitOfWork());
    sequenceQueries = new SequenceQueries(s.sequenceReadModel(), s.challenges(), s.unitOfWork());
    likes = new LikeService(s.sequences(), s.tours(), s.likes(), s.unitOfWork(), clock);
    viewpoints = new ViewpointService(s.sequences(), s.viewpoints(), s.unitOfWork(), clock);
    tours = new TourService(s.tours(), s.sequences(), s.sequenceReadModel(), s.likes(), s.userDirectory(),
        s.unitOfWork(), ids, clock);
    leaderboards = new LeaderboardService(s.leaderboards(), s.unitOfWork());
    challenges = new ChallengeService(s.challenges(), s.challengeCandidates(), s.userDirectory(), s.unitOfWork(), ids,
        clock);
    mapillaryConnections = new MapillaryConnectionService(mapillary.gateway(), mapillary.authorization(),
        s.mapillaryConnections(), s.connectionStates(), s.unitOfWork(), clock, new SecureRandom());
  }
}
