package org.mtp.application.fake;

import org.junit.jupiter.api.Nested;
import org.mtp.application.port.out.challenge.ChallengeCandidatesContract;
import org.mtp.application.port.out.challenge.ChallengeRepositoryContract;
import org.mtp.application.port.out.derived.DerivedDataContract;
import org.mtp.application.port.out.leaderboard.LeaderboardReaderContract;
import org.mtp.application.port.out.map.SequenceMapReaderContract;
import org.mtp.application.port.out.sequence.SequenceReadModelContract;
import org.mtp.application.port.out.sequence.SequenceRepositoryContract;
import org.mtp.application.port.out.sequence.StoreWorld;
import org.mtp.application.port.out.social.LikeStoreContract;
import org.mtp.application.port.out.social.ViewpointStoreContract;
import org.mtp.application.port.out.tour.TourRepositoryContract;

/** The contracts of the sequence-related ports, run against the in-memory fakes. */
class InMemoryStoreContractsTest {

    @Nested
    class Sequences extends SequenceRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Search extends SequenceReadModelContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Tours extends TourRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Likes extends LikeStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Viewpoints extends ViewpointStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Derived extends DerivedDataContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Leaderboards extends LeaderboardReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class Challenges extends ChallengeRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class ChallengeCandidates extends ChallengeCandidatesContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }

    @Nested
    class SequenceMap extends SequenceMapReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return new InMemoryStoreWorld();
        }
    }
}
