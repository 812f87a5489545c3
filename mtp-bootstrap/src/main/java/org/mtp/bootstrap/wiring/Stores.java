package org.mtp.bootstrap.wiring;

import java.util.Objects;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;

/** Every storage out-port the use cases need, from one store (the database, or the in-memory fakes in tests). */
public record Stores(
    UnitOfWork unitOfWork,
    UserRepository users,
    UserDirectory userDirectory,
    ClientRepository clients,
    AuthorizationCodeStore authorizationCodes,
    AccessTokenStore accessTokens,
    MapillaryConnectionStore mapillaryConnections,
    ConnectionStateStore connectionStates,
    SequenceRepository sequences,
    SequenceReadModel sequenceReadModel,
    TourRepository tours,
    LikeStore likes,
    ViewpointStore viewpoints,
    LeaderboardReader leaderboards,
    ChallengeRepository challenges,
    ChallengeCandidates challengeCandidates) {

  public Stores {
    for (Object port : new Object[] {unitOfWork, users, userDirectory, clients, authorizationCodes, accessTokens,
        mapillaryConnections, connectionStates, sequences, sequenceReadModel, tours, likes, viewpoints, leaderboards,
        challenges, challengeCandidates}) {
      Objects.requireNonNull(port, "every store is required");
    }
  }
}
