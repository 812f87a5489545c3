package org.mtp.adapter.persistence.write.sequence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.UniqueViolations;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: sequences and their photos with JPA, and nothing derived from them (totals, counters and the
 * revision are {@code SqlDerivedData}'s). Photos are written once, when the sequence is published, in JDBC batches, and
 * read back with one query.
 */
public final class JpaSequenceRepository implements SequenceRepository {

    private static final String MAPILLARY_KEY_CONSTRAINT = "uq_sequences_mapillary_key";
    private static final int KEYS_PER_QUERY = 500;
    private static final int PHOTO_BATCH = 1_000;

    private final Jdbc jdbc;

    public JpaSequenceRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Sequence sequence) {
        EntityManager em = jdbc.entityManager();
        SequenceJpaEntity entity =
                em.find(SequenceJpaEntity.class, sequence.id().value());
        if (entity == null) {
            insert(em, sequence);
        } else {
            update(em, entity, sequence);
        }
    }

    private void insert(EntityManager em, Sequence sequence) {
        em.persist(SequenceMapper.toJpaEntity(sequence));
        flushClaimingKey(em, sequence);
        if (sequence.isPublished()) {
            insertPhotos(em, sequence);
        }
    }

    private void update(EntityManager em, SequenceJpaEntity entity, Sequence sequence) {
        if (!entity.getOwnerId().equals(sequence.owner().value())) {
            throw new IllegalArgumentException("a sequence never changes its owner");
        }
        boolean wasPublished = entity.isPublished();
        if (wasPublished && !sequence.isPublished()) {
            throw new IllegalArgumentException("a published sequence never becomes a draft again");
        }
        if (wasPublished
                && !entity.getMapillarySequenceKey()
                        .equals(sequence.mapillaryKey().orElseThrow().value())) {
            throw new IllegalArgumentException("a published sequence never changes its Mapillary sequence");
        }
        SequenceMapper.copyEditable(sequence, entity);
        if (!wasPublished && sequence.isPublished()) {
            SequenceMapper.publish(sequence, entity);
            flushClaimingKey(em, sequence);
            insertPhotos(em, sequence);
            return;
        }
        // Flushing writes the row: it checks the version, so an edit of a stale copy fails here, and it holds the
        // row's lock, so no viewpoint can land before the derived data has moved the share.
        flushClaimingKey(em, sequence);
    }

    /** Flushes, so that a unique-key race on the Mapillary key surfaces here, as the port's typed failure. */
    private static void flushClaimingKey(EntityManager em, Sequence sequence) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (sequence.mapillaryKey().isPresent() && UniqueViolations.isViolationOf(e, MAPILLARY_KEY_CONSTRAINT)) {
                throw new SequenceFailures.KeyTaken(sequence.mapillaryKey().get());
            }
            throw e;
        }
    }

    /**
     * Persists the photos in JDBC batches of {@value #PHOTO_BATCH} (a 5,000-photo sequence goes out in five round
     * trips; PostgreSQL's driver turns each batch into multi-row INSERTs) and lets go of them after, then stores their
     * packed copy for the challenge boards ({@link PhotoTrack}).
     */
    private void insertPhotos(EntityManager em, Sequence sequence) {
        List<PhotoJpaEntity> photos = SequenceMapper.toPhotoEntities(sequence);
        Session session = em.unwrap(Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(PHOTO_BATCH);
        try {
            photos.forEach(em::persist);
            em.flush();
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
        photos.forEach(em::detach);
        jdbc.update(
                "UPDATE sequences SET track = ? WHERE id = ?",
                PhotoTrack.encode(sequence.photos()),
                sequence.id().value());
    }

    @Override
    public Optional<Sequence> findById(SequenceId id) {
        EntityManager em = jdbc.entityManager();
        SequenceJpaEntity entity = em.find(SequenceJpaEntity.class, id.value());
        if (entity == null) {
            return Optional.empty();
        }
        Hibernate.initialize(entity.getTags());
        List<Photo> photos = entity.isPublished() ? photosOf(em, id.value()) : List.of();
        Optional<Sequence> whole =
                SequenceMapper.toModelIfWhole(SequenceRow.of(entity), photos, entity.getPhotoCount());
        if (whole.isEmpty()) {
            em.detach(entity);
        }
        return whole;
    }

    /** One statement for all photos, as plain values: thousands of them never become managed entities. */
    private static List<Photo> photosOf(EntityManager em, UUID sequence) {
        List<Object[]> rows = em.createQuery(
                        "SELECT p.imageKey, p.lon, p.lat, p.compassAngle, p.capturedAt"
                                + " FROM PhotoJpaEntity p WHERE p.id.sequenceId = :sequence ORDER BY p.id.position",
                        Object[].class)
                .setParameter("sequence", sequence)
                .getResultList();
        List<Photo> photos = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            photos.add(SequenceMapper.toPhoto(
                    (String) row[0], (Double) row[1], (Double) row[2], (Double) row[3], (Instant) row[4]));
        }
        return photos;
    }

    @Override
    public Optional<SequenceId> findIdByMapillaryKey(MapillarySequenceKey key) {
        return jdbc.entityManager()
                .createQuery("SELECT s.id FROM SequenceJpaEntity s WHERE s.mapillarySequenceKey = :key", UUID.class)
                .setParameter("key", key.value())
                .getResultStream()
                .findFirst()
                .map(SequenceId::of);
    }

    @Override
    public Set<MapillarySequenceKey> existingKeys(Collection<MapillarySequenceKey> keys) {
        List<String> wanted =
                keys.stream().map(MapillarySequenceKey::value).distinct().toList();
        Set<MapillarySequenceKey> existing = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += KEYS_PER_QUERY) {
            jdbc.entityManager()
                    .createQuery(
                            "SELECT s.mapillarySequenceKey FROM SequenceJpaEntity s"
                                    + " WHERE s.mapillarySequenceKey IN :keys",
                            String.class)
                    .setParameter("keys", wanted.subList(from, Math.min(wanted.size(), from + KEYS_PER_QUERY)))
                    .getResultStream()
                    .map(MapillarySequenceKey::of)
                    .forEach(existing::add);
        }
        return existing;
    }

    @Override
    public int countImportedSince(UserId owner, Instant since) {
        return jdbc.entityManager()
                .createQuery(
                        "SELECT COUNT(s) FROM SequenceJpaEntity s WHERE s.ownerId = :owner AND s.importedAt >= :since",
                        Long.class)
                .setParameter("owner", owner.value())
                .setParameter("since", since)
                .getSingleResult()
                .intValue();
    }

    /** Deletes the row; the database's cascades remove photos, tags, likes, viewpoints and tour memberships. */
    @Override
    public void delete(SequenceId id) {
        EntityManager em = jdbc.entityManager();
        SequenceJpaEntity entity = em.find(SequenceJpaEntity.class, id.value());
        if (entity != null) {
            em.remove(entity);
            em.flush();
        }
    }
}
