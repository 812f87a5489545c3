package org.mtp.adapter.persistence.write.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;

/** The sequence and photo mapping on both databases: batched saves, few-statement loads, tags, versions, races. */
class SequenceJpaMappingTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final int PHOTOS = 5_000;

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenASequenceOf5000Photos_whenSavedAndLoaded_thenInsertsAreBatchedAndTheLoadTakesThreeStatements(
            Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID owner = TestRows.user(context.dataSource(), "photographer");
        UUID id = UUID.randomUUID();
        Statistics statistics = statistics(context);

        statistics.clear();
        context.unitOfWork().run(() -> {
            EntityManager em = context.entityManagers().current();
            em.persist(published(id, owner, "mly-5000", List.of("river", "night-ride")));
            for (int i = 0; i < PHOTOS; i++) {
                em.persist(photo(id, i));
            }
        });
        long savingStatements = statistics.getPrepareStatementCount();

        statistics.clear();
        List<PhotoJpaEntity> photos = context.unitOfWork().inTransaction(() -> {
            EntityManager em = context.entityManagers().current();
            SequenceJpaEntity sequence = em.find(SequenceJpaEntity.class, id);
            assertThat(sequence.getTags()).extracting(SequenceTagJpaValue::tag).containsExactly("river", "night-ride");
            return em.createQuery(
                            "SELECT p FROM PhotoJpaEntity p WHERE p.id.sequenceId = :id ORDER BY p.id.position",
                            PhotoJpaEntity.class)
                    .setParameter("id", id)
                    .getResultList();
        });

        assertThat(statistics.getEntityInsertCount()).isZero();
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        assertThat(photos).hasSize(PHOTOS);
        assertThat(photos.get(4_321).getImageKey()).isEqualTo("img-4321");
        assertThat(photos.get(4_321).getCapturedAt()).isEqualTo(TestRows.T0.plusSeconds(4_321));
        // one statement per batch of 100 photos, not one per photo
        assertThat(savingStatements).isLessThanOrEqualTo(PHOTOS / 100 + 5);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTags_whenReorderedAndShortened_thenTheRowsAreRewrittenWithoutKeyCollisions(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID id = UUID.randomUUID();
        UUID owner = TestRows.user(context.dataSource(), "tagger");
        context.unitOfWork()
                .run(() -> context.entityManagers()
                        .current()
                        .persist(draft(id, owner, List.of("alps", "snow", "winter"))));

        context.unitOfWork()
                .run(() -> context.entityManagers()
                        .current()
                        .find(SequenceJpaEntity.class, id)
                        .setTags(List.of("winter", "alps")));

        List<String> tags = context.unitOfWork()
                .inTransaction(
                        () -> context.entityManagers().current().find(SequenceJpaEntity.class, id).getTags().stream()
                                .map(SequenceTagJpaValue::tag)
                                .toList());
        assertThat(tags).containsExactly("winter", "alps");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnEditCommittedMeanwhile_whenAStaleCopyIsSaved_thenAConcurrentUpdateIsReported(Database database)
            throws Exception {
        PersistenceContext context = DB.context(database);
        UUID id = UUID.randomUUID();
        UUID owner = TestRows.user(context.dataSource(), "editor");
        context.unitOfWork().run(() -> context.entityManagers().current().persist(draft(id, owner, List.of())));

        assertThatThrownBy(() -> context.unitOfWork().run(() -> {
                    SequenceJpaEntity stale = context.entityManagers().current().find(SequenceJpaEntity.class, id);
                    CompletableFuture.runAsync(() -> context.unitOfWork()
                                    .run(() -> context.entityManagers()
                                            .current()
                                            .find(SequenceJpaEntity.class, id)
                                            .setDetails("Their edit", null, "WALK", "EARTH")))
                            .join();
                    stale.setDetails("My edit", null, "WALK", "EARTH");
                }))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(Sql.number(context.dataSource(), "SELECT version FROM sequences WHERE id = ?", id))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTwoImportsOfOneMapillaryKeyAtOnce_whenBothCommit_thenOneSequenceExistsAndTheOtherIsAConflict(
            Database database) throws Exception {
        PersistenceContext context = DB.context(database);
        UUID owner = TestRows.user(context.dataSource(), "importer");
        CyclicBarrier bothReady = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(CompletableFuture.supplyAsync(() -> importOnce(context, owner, bothReady), threads));
            }

            List<String> results =
                    outcomes.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(results).containsExactly("committed", "conflict");
            assertThat(Sql.number(
                            context.dataSource(),
                            "SELECT COUNT(*) FROM sequences WHERE mapillary_sequence_key = 'mly-twice'"))
                    .isEqualTo(1);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String importOnce(PersistenceContext context, UUID owner, CyclicBarrier bothReady) {
        try {
            context.unitOfWork().run(() -> {
                context.entityManagers().current().persist(published(UUID.randomUUID(), owner, "mly-twice", List.of()));
                await(bothReady);
            });
            return "committed";
        } catch (ConcurrentUpdateException e) {
            return "conflict";
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other import never got ready", e);
        }
    }

    static SequenceJpaEntity draft(UUID id, UUID owner, List<String> tags) {
        SequenceJpaEntity sequence = new SequenceJpaEntity(id, owner, TestRows.T0);
        sequence.setDetails("Morning ride", "Along the <b>river</b>", "BICYCLE", "EARTH");
        sequence.setTags(tags);
        return sequence;
    }

    static SequenceJpaEntity published(UUID id, UUID owner, String key, List<String> tags) {
        SequenceJpaEntity sequence = draft(id, owner, tags);
        Instant captured = TestRows.T0;
        sequence.publish(
                new SequenceJpaEntity.MapillaryFacts(
                        key, "1001", "rider", "GoPro", "gopro", "HERO9", "hero9", false, null, captured),
                new SequenceJpaEntity.Figures(
                        PHOTOS, 12_345, 2.30, 48.80, 2.40, 48.90, captured, captured.plusSeconds(PHOTOS)),
                captured.plusSeconds(3_600));
        return sequence;
    }

    private static PhotoJpaEntity photo(UUID sequence, int position) {
        return new PhotoJpaEntity(
                new PhotoJpaId(sequence, position),
                "img-" + position,
                2.30 + position * 1e-5,
                48.80,
                position % 2 == 0 ? null : 359.5,
                TestRows.T0.plusSeconds(position));
    }

    private static Statistics statistics(PersistenceContext context) {
        return context.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }
}
