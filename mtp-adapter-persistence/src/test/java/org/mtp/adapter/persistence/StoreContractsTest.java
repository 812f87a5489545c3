package org.mtp.adapter.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.mtp.adapter.persistence.testing.DatabaseStoreWorld;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
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

/**
 * The contracts of the sequence-related ports against the database stores, on H2 and on PostgreSQL: the same assertions
 * the in-memory fakes pass. All nested classes share one database of each kind; each test starts from empty tables.
 */
class StoreContractsTest {

    /** One H2 and one PostgreSQL database for all nested classes; each test empties the tables it uses. */
    static final PersistenceExtension DB = new PersistenceExtension(config -> config.withMaxPoolSize(16));

    @AfterAll
    static void closeDatabases() {
        DB.closeAll();
    }

    static StoreWorld world(Database database) {
        return DatabaseStoreWorld.emptied(DB.context(database));
    }

    @Nested
    class H2Sequences extends SequenceRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresSequences extends SequenceRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Search extends SequenceReadModelContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresSearch extends SequenceReadModelContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Derived extends DerivedDataContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresDerived extends DerivedDataContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Tours extends TourRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresTours extends TourRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Likes extends LikeStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresLikes extends LikeStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Viewpoints extends ViewpointStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresViewpoints extends ViewpointStoreContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Leaderboards extends LeaderboardReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresLeaderboards extends LeaderboardReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2Challenges extends ChallengeRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresChallenges extends ChallengeRepositoryContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2ChallengeCandidates extends ChallengeCandidatesContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresChallengeCandidates extends ChallengeCandidatesContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }

    @Nested
    class H2SequenceMap extends SequenceMapReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.H2);
        }
    }

    @Nested
    class PostgresSequenceMap extends SequenceMapReaderContract {
        @Override
        protected StoreWorld newWorld() {
            return world(Database.POSTGRESQL);
        }
    }
}
