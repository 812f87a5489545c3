package org.mtp.adapter.persistence.write.tour;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.KeysetCursor;
import org.mtp.adapter.persistence.sql.LikePatterns;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.tour.TourQuery;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tag;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourId;

/**
 * Persistence adapter: tours with their tags and ordered members, with JPA. Lists are keyset pages newest first
 * ({@code created_at}, then id, both descending), read off {@code ix_tours_created} or, for one owner,
 * {@code ix_tours_owner_created}; members and tags of a page's tours come in batches, not one query per tour. A name
 * search ({@code LOWER(name) LIKE}, wildcards escaped) and tags ({@code tour_tags}' key) filter along that order.
 */
public final class JpaTourRepository implements TourRepository {

    private static final String CURSOR = "tours";

    private final Jdbc jdbc;

    public JpaTourRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Tour tour) {
        EntityManager em = jdbc.entityManager();
        TourJpaEntity entity = em.find(TourJpaEntity.class, tour.id().value());
        if (entity == null) {
            em.persist(TourMapper.toJpaEntity(tour));
        } else {
            if (!entity.getOwnerId().equals(tour.owner().value())) {
                throw new IllegalArgumentException("a tour never changes its owner");
            }
            TourMapper.copyEditable(tour, entity);
        }
    }

    @Override
    public Optional<Tour> findById(TourId id) {
        return Optional.ofNullable(jdbc.entityManager().find(TourJpaEntity.class, id.value()))
                .map(TourMapper::toModelEntity);
    }

    @Override
    public List<Tour> findContaining(SequenceId sequence) {
        return jdbc.entityManager()
                .createQuery(
                        "SELECT t FROM TourJpaEntity t WHERE EXISTS (SELECT 1 FROM TourJpaEntity m"
                                + " JOIN m.sequences s WHERE m = t AND s.sequenceId = :sequence) ORDER BY t.createdAt, t.id",
                        TourJpaEntity.class)
                .setParameter("sequence", sequence.value())
                .getResultStream()
                .map(TourMapper::toModelEntity)
                .toList();
    }

    @Override
    public Page<Tour> list(TourQuery q, PageRequest page) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM TourJpaEntity t WHERE 1 = 1");
        if (q.owner() != null) {
            jpql.append(" AND t.ownerId = :owner");
        }
        if (q.nameContains() != null) {
            jpql.append(" AND LOWER(t.name) LIKE :name ESCAPE '\\'");
        }
        List<Tag> tags = q.tags().values();
        for (int i = 0; i < tags.size(); i++) {
            jpql.append(" AND EXISTS (SELECT 1 FROM TourJpaEntity m JOIN m.tags g WHERE m = t AND g.tag = :tag")
                    .append(i)
                    .append(')');
        }
        KeysetCursor after = page.isFirst() ? null : KeysetCursor.decode(page.cursor(), CURSOR, 2);
        if (after != null) {
            jpql.append(" AND t.createdAt <= :createdAt AND (t.createdAt < :createdAt OR t.id < :id)");
        }
        jpql.append(" ORDER BY t.createdAt DESC, t.id DESC");
        TypedQuery<TourJpaEntity> query = jdbc.entityManager()
                .createQuery(jpql.toString(), TourJpaEntity.class)
                .setMaxResults(page.limit() + 1);
        if (q.owner() != null) {
            query.setParameter("owner", q.owner().value());
        }
        if (q.nameContains() != null) {
            query.setParameter("name", LikePatterns.containing(q.nameContains()));
        }
        for (int i = 0; i < tags.size(); i++) {
            query.setParameter("tag" + i, tags.get(i).name());
        }
        if (after != null) {
            query.setParameter("createdAt", after.instant(0)).setParameter("id", after.uuid(1));
        }
        List<TourJpaEntity> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<TourJpaEntity> items = more ? rows.subList(0, page.limit()) : rows;
        TourJpaEntity last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(
                items.stream().map(TourMapper::toModelEntity).toList(),
                more ? KeysetCursor.encode(CURSOR, last.getCreatedAt(), last.getId()) : null);
    }

    /** Deletes the tour; the database's cascades remove its tags, members and likes. */
    @Override
    public void delete(TourId id) {
        EntityManager em = jdbc.entityManager();
        TourJpaEntity entity = em.find(TourJpaEntity.class, id.value());
        if (entity != null) {
            em.remove(entity);
        }
    }
}
