package org.mtp.adapter.persistence.write.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.port.out.sequence.StoredSequence;
import org.mtp.domain.TestSequences;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Hibernate's statistics prove how the repository stores and loads a 5,000-photo sequence: the photos go out in JDBC
 * batches of 1,000, and loading takes three statements (sequence, tags, photos), not one per photo. The read model's
 * view of it, with owner's name, like and viewpoint counts, takes two plain SQL statements and no entity (counted by
 * H2's own query statistics, since plain JDBC is invisible to Hibernate's).
 */
class SequenceStatementsTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final int PHOTOS = 5_000;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSequenceOf5000PhotosIsSavedInBatchesAndLoadedInThreeStatements(Database database) throws Exception {
        PersistenceContext context = DB.context(database);
        SequenceStores stores = SequenceStores.create(context);
        UserId owner = UserId.of(UUID.randomUUID());
        TestRows.user(context.dataSource(), owner.value(), "photographer", TestRows.T0);
        Sequence big = TestSequences.aSequence()
                .owner(owner)
                .tags("long,river")
                .photos(photos())
                .build();
        Statistics statistics =
                context.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        context.unitOfWork().run(() -> stores.sequences().save(big));
        long savingStatements = statistics.getPrepareStatementCount();
        long inserted = statistics.getEntityInsertCount();

        statistics.clear();
        Sequence loaded = context.unitOfWork()
                .inTransaction(() -> stores.sequences().findById(big.id()))
                .orElseThrow();
        long loadingStatements = statistics.getPrepareStatementCount();

        assertThat(inserted).isEqualTo(PHOTOS + 1);
        // one statement per JDBC batch of 1,000 photos, plus the sequence and its tags: not one per photo
        assertThat(savingStatements).isLessThanOrEqualTo(PHOTOS / 1_000 + 4);
        assertThat(loadingStatements).isEqualTo(3);
        assertThat(loaded.photos()).isEqualTo(big.photos());
        assertThat(loaded.distance()).isEqualTo(big.distance());
        assertThat(Sql.number(
                        context.dataSource(),
                        "SELECT COUNT(*) FROM photos WHERE sequence_id = ?",
                        big.id().value()))
                .isEqualTo(PHOTOS);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theViewOfA5000PhotoSequenceWithItsCountsTakesThreePlainStatementsAndNoEntity(Database database)
            throws Exception {
        PersistenceContext context = DB.context(database);
        SequenceStores stores = SequenceStores.create(context);
        UserId owner = UserId.of(UUID.randomUUID());
        TestRows.user(context.dataSource(), owner.value(), "viewed" + database.ordinal(), TestRows.T0);
        UserId fan = UserId.of(UUID.randomUUID());
        TestRows.user(context.dataSource(), fan.value(), "fan" + database.ordinal(), TestRows.T0);
        Sequence big = TestSequences.aSequence()
                .owner(owner)
                .tags("long,river")
                .photos(photos())
                .build();
        ImageKey viewed = big.photos().get(4_321).key();
        context.unitOfWork().run(() -> {
            stores.sequences().save(big);
            stores.derivedData().record(big.takeEvents());
            stores.likes().add(new Like(fan, LikeTarget.sequence(big.id()), TestRows.T0));
            stores.derivedData().record(new DomainEvent.Liked(LikeTarget.sequence(big.id()), fan));
            Viewpoint viewpoint = big.viewpointBy(fan, viewed, TestRows.T0);
            stores.viewpoints().add(viewpoint);
            stores.derivedData().record(viewpoint.marked());
        });
        Statistics statistics =
                context.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean h2 = database == Database.H2;
        if (h2) {
            Sql.update(context.dataSource(), "SET QUERY_STATISTICS FALSE");
            Sql.update(context.dataSource(), "SET QUERY_STATISTICS TRUE");
        }

        statistics.clear();
        StoredSequence view = context.unitOfWork()
                .reading(() -> stores.sequenceReadModel().view(big.id()))
                .orElseThrow();

        assertThat(statistics.getPrepareStatementCount()).isZero();
        assertThat(statistics.getEntityLoadCount()).isZero();
        if (h2) {
            List<String> executed = executedOnH2(context);
            Sql.update(context.dataSource(), "SET QUERY_STATISTICS FALSE");
            assertThat(executed).hasSize(2).allMatch(sql -> sql.startsWith("SELECT "));
        }
        assertThat(view.sequence().photos()).isEqualTo(big.photos());
        assertThat(view.sequence().details()).isEqualTo(big.details());
        assertThat(view.likeCount()).isEqualTo(1);
        assertThat(view.viewpoints()).isEqualTo(Map.of(viewed, 1L));
    }

    /** Each statement H2 ran since its statistics were switched on, once per run (theirs and commits left out). */
    private static List<String> executedOnH2(PersistenceContext context) throws SQLException {
        List<String> executed = new ArrayList<>();
        try (Connection connection = context.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT"
                        + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"
                        + " AND SQL_STATEMENT <> 'COMMIT'")) {
            while (rows.next()) {
                for (int i = 0; i < rows.getInt(2); i++) {
                    executed.add(rows.getString(1));
                }
            }
        }
        return executed;
    }

    private static List<Photo> photos() {
        Instant start = Instant.parse("2024-07-01T06:00:00Z");
        List<Photo> photos = new ArrayList<>(PHOTOS);
        for (int i = 0; i < PHOTOS; i++) {
            photos.add(new Photo(
                    ImageKey.of("img-" + i),
                    GeoPoint.of(6.0 + i * 1e-4, 45.0 + (i % 7) * 1e-5),
                    i % 3 == 0 ? null : CompassAngle.of(i % 360),
                    i % 5 == 0 ? null : start.plus(Duration.ofSeconds(i))));
        }
        return photos;
    }
}
