package org.mtp.adapter.persistence.testing;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
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

/**
 * Test support: the stores of {@link SequenceStores} on a database emptied first, as one {@link StoreWorld} for the
 * port contracts. Users are written with plain SQL, independent of the account store.
 */
public final class DatabaseStoreWorld implements StoreWorld {

    /** Every table, children before parents, so that deleting in this order never trips a foreign key. */
    private static final List<String> TABLES = List.of(
            "viewpoints",
            "sequence_likes",
            "tour_likes",
            "tour_sequences",
            "tour_tags",
            "tours",
            "photos",
            "sequence_tags",
            "map_cells",
            "map_points",
            "sequences",
            "challenge_area_positions",
            "challenge_camera_makes",
            "challenge_transport_types",
            "challenges",
            "leaderboard_cells",
            "leaderboard_parent_years",
            "user_totals",
            "access_tokens",
            "authorization_codes",
            "oauth_client_redirect_uris",
            "oauth_clients",
            "mapillary_connection_states",
            "mapillary_tokens",
            "import_jobs",
            "users");

    private static final Instant SIGNED_UP = Instant.parse("2024-01-01T00:00:00Z");

    private final PersistenceContext context;
    private final SequenceStores stores;

    private DatabaseStoreWorld(PersistenceContext context) {
        this.context = context;
        this.stores = SequenceStores.create(context);
    }

    /** The stores of {@code context}, after deleting every row of its database. */
    public static DatabaseStoreWorld emptied(PersistenceContext context) {
        try {
            for (String table : TABLES) {
                Sql.update(context.dataSource(), "DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
        return new DatabaseStoreWorld(context);
    }

    public PersistenceContext context() {
        return context;
    }

    public DataSource dataSource() {
        return context.dataSource();
    }

    @Override
    public UnitOfWork unitOfWork() {
        return context.unitOfWork();
    }

    @Override
    public SequenceRepository sequences() {
        return stores.sequences();
    }

    @Override
    public SequenceReadModel sequenceReadModel() {
        return stores.sequenceReadModel();
    }

    @Override
    public TourRepository tours() {
        return stores.tours();
    }

    @Override
    public LikeStore likes() {
        return stores.likes();
    }

    @Override
    public ViewpointStore viewpoints() {
        return stores.viewpoints();
    }

    @Override
    public DerivedData derivedData() {
        return stores.derivedData();
    }

    @Override
    public LeaderboardReader leaderboards() {
        return stores.leaderboards();
    }

    @Override
    public ChallengeRepository challenges() {
        return stores.challenges();
    }

    @Override
    public SequenceMapReader sequenceMap() {
        return stores.sequenceMap();
    }

    @Override
    public ChallengeCandidates challengeCandidates() {
        return stores.challengeCandidates();
    }

    @Override
    public void addUser(UserId id, Username username) {
        try {
            TestRows.user(context.dataSource(), id.value(), username.value(), SIGNED_UP);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write user " + username, e);
        }
    }
}
