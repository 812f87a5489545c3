package org.mtp.adapter.persistence.write.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.TestRows;

/** The tour mapping on both databases: an ordered list of sequences that can be reordered and replaced. */
class TourJpaMappingTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenATour_whenItsSequencesAreReorderedThenReplaced_thenEachLoadShowsTheLatestOrder(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID owner = TestRows.user(context.dataSource(), "tourist");
        UUID a = TestRows.publishedSequence(context.dataSource(), owner, "tour-a");
        UUID b = TestRows.publishedSequence(context.dataSource(), owner, "tour-b");
        UUID c = TestRows.publishedSequence(context.dataSource(), owner, "tour-c");
        UUID id = UUID.randomUUID();
        context.unitOfWork().run(() -> {
            TourJpaEntity tour = new TourJpaEntity(id, owner, TestRows.T0);
            tour.setDetails("Paris by bike", null);
            tour.setTags(List.of("paris", "bike"));
            tour.setSequences(List.of(a, b, c));
            context.entityManagers().current().persist(tour);
        });

        update(context, id, List.of(c, a, b));
        assertThat(sequences(context, id)).containsExactly(c, a, b);

        update(context, id, List.of(b, c));
        assertThat(sequences(context, id)).containsExactly(b, c);
        assertThat(version(context, id)).isEqualTo(2);
    }

    private static void update(PersistenceContext context, UUID id, List<UUID> order) {
        context.unitOfWork().run(() -> {
            TourJpaEntity tour = context.entityManagers().current().find(TourJpaEntity.class, id);
            tour.setSequences(order);
            tour.setUpdatedAt(tour.getUpdatedAt().plusSeconds(60));
        });
    }

    private static List<UUID> sequences(PersistenceContext context, UUID id) {
        return context.unitOfWork()
                .inTransaction(
                        () -> context.entityManagers().current().find(TourJpaEntity.class, id).getSequences().stream()
                                .map(TourSequenceJpaValue::sequenceId)
                                .toList());
    }

    private static long version(PersistenceContext context, UUID id) {
        return context.unitOfWork()
                .inTransaction(() -> context.entityManagers()
                        .current()
                        .find(TourJpaEntity.class, id)
                        .getVersion());
    }
}
