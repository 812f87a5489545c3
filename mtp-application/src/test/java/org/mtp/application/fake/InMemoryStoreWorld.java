package org.mtp.application.fake;

import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.sequence.StoreWorld;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Test double: the in-memory stores as one {@link StoreWorld}, for the contracts of the sequence-related ports. */
public final class InMemoryStoreWorld implements StoreWorld {

    private final InMemoryStores stores = new InMemoryStores();

    @Override
    public UnitOfWork unitOfWork() {
        return stores.unitOfWork;
    }

    @Override
    public SequenceRepository sequences() {
        return stores.sequences;
    }

    @Override
    public SequenceReadModel sequenceReadModel() {
        return stores.sequences;
    }

    @Override
    public TourRepository tours() {
        return stores.tours;
    }

    @Override
    public LikeStore likes() {
        return stores.likes;
    }

    @Override
    public ViewpointStore viewpoints() {
        return stores.viewpoints;
    }

    @Override
    public DerivedData derivedData() {
        return stores.derived;
    }

    @Override
    public LeaderboardReader leaderboards() {
        return stores.leaderboards;
    }

    @Override
    public ChallengeRepository challenges() {
        return stores.challenges;
    }

    @Override
    public SequenceMapReader sequenceMap() {
        return stores.sequenceMap;
    }

    @Override
    public ChallengeCandidates challengeCandidates() {
        return stores.challenges;
    }

    @Override
    public void addUser(UserId id, Username username) {
        stores.users.register(id, username);
    }
}
