package org.mtp.application.port.out.sequence;

import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Contract test support: one implementation's sequence-related stores and derived data over one empty data set, with
 * the unit of work they run in. The contracts of these ports need each other (a like needs a stored sequence, a board
 * needs sequences and viewpoints), so an implementation hands them over together.
 */
public interface StoreWorld {

    UnitOfWork unitOfWork();

    SequenceRepository sequences();

    SequenceReadModel sequenceReadModel();

    TourRepository tours();

    LikeStore likes();

    ViewpointStore viewpoints();

    DerivedData derivedData();

    LeaderboardReader leaderboards();

    ChallengeRepository challenges();

    ChallengeCandidates challengeCandidates();

    SequenceMapReader sequenceMap();

    /** Makes a user exist under {@code username}, as an account would (stores refer to users and show their names). */
    void addUser(UserId id, Username username);
}
