package org.mtp.adapter.persistence;

import org.mtp.adapter.persistence.read.challenge.SqlChallengeCandidates;
import org.mtp.adapter.persistence.read.leaderboard.SqlLeaderboardReader;
import org.mtp.adapter.persistence.read.map.SqlSequenceMapReader;
import org.mtp.adapter.persistence.read.sequence.SqlSequenceReadModel;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.challenge.JpaChallengeRepository;
import org.mtp.adapter.persistence.write.derived.SqlDerivedData;
import org.mtp.adapter.persistence.write.leaderboard.LeaderboardTotals;
import org.mtp.adapter.persistence.write.like.SqlLikeStore;
import org.mtp.adapter.persistence.write.sequence.JpaSequenceRepository;
import org.mtp.adapter.persistence.write.tour.JpaTourRepository;
import org.mtp.adapter.persistence.write.viewpoint.SqlViewpointStore;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.tour.TourRepository;

/**
 * Persistence adapter: the stores of sequences and everything hanging off them (search, tours, likes, viewpoints, the
 * derived data, leaderboards, challenges, the sequence map) on one {@link PersistenceContext}, wired as bootstrap needs
 * them. Every store works inside the context's {@link PersistenceContext#unitOfWork() unit of work} only.
 */
public final class SequenceStores {

    private final SequenceRepository sequences;
    private final SequenceReadModel sequenceReadModel;
    private final TourRepository tours;
    private final LikeStore likes;
    private final ViewpointStore viewpoints;
    private final DerivedData derivedData;
    private final LeaderboardReader leaderboards;
    private final ChallengeRepository challenges;
    private final ChallengeCandidates challengeCandidates;
    private final SequenceMapReader sequenceMap;

    private SequenceStores(Jdbc jdbc) {
        this.sequences = new JpaSequenceRepository(jdbc);
        this.sequenceReadModel = new SqlSequenceReadModel(jdbc);
        this.tours = new JpaTourRepository(jdbc);
        this.likes = new SqlLikeStore(jdbc);
        this.viewpoints = new SqlViewpointStore(jdbc);
        this.derivedData = new SqlDerivedData(jdbc, new LeaderboardTotals(jdbc));
        this.leaderboards = new SqlLeaderboardReader(jdbc);
        this.challenges = new JpaChallengeRepository(jdbc);
        this.challengeCandidates = new SqlChallengeCandidates(jdbc);
        this.sequenceMap = new SqlSequenceMapReader(jdbc);
    }

    public static SequenceStores create(PersistenceContext context) {
        return new SequenceStores(new Jdbc(context.entityManagers(), context.database()));
    }

    public SequenceRepository sequences() {
        return sequences;
    }

    public SequenceReadModel sequenceReadModel() {
        return sequenceReadModel;
    }

    public TourRepository tours() {
        return tours;
    }

    public LikeStore likes() {
        return likes;
    }

    public ViewpointStore viewpoints() {
        return viewpoints;
    }

    public DerivedData derivedData() {
        return derivedData;
    }

    public LeaderboardReader leaderboards() {
        return leaderboards;
    }

    public ChallengeRepository challenges() {
        return challenges;
    }

    public ChallengeCandidates challengeCandidates() {
        return challengeCandidates;
    }

    public SequenceMapReader sequenceMap() {
        return sequenceMap;
    }
}
