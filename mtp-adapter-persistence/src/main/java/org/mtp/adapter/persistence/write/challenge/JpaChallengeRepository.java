package org.mtp.adapter.persistence.write.challenge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.KeysetCursor;
import org.mtp.adapter.persistence.sql.LikePatterns;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.challenge.ChallengeQuery;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeStatus;

/**
 * Persistence adapter: challenges with their filters and areas, with JPA. Lists are keyset pages newest first
 * ({@code created_at}, then id, both descending; index {@code ix_challenges_created}); a challenge's status at an
 * instant is a condition on its window; a name search is {@code LOWER(name) LIKE} with the wildcards escaped.
 */
public final class JpaChallengeRepository implements ChallengeRepository {

    private static final String CURSOR = "challenges";

    private final Jdbc jdbc;

    public JpaChallengeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Challenge challenge) {
        EntityManager em = jdbc.entityManager();
        ChallengeJpaEntity entity =
                em.find(ChallengeJpaEntity.class, challenge.id().value());
        if (entity == null) {
            em.persist(ChallengeMapper.toJpaEntity(challenge));
        } else {
            if (!entity.getOwnerId().equals(challenge.owner().value())) {
                throw new IllegalArgumentException("a challenge never changes its owner");
            }
            ChallengeMapper.copySettings(challenge, entity);
        }
    }

    @Override
    public Optional<Challenge> findById(ChallengeId id) {
        return Optional.ofNullable(jdbc.entityManager().find(ChallengeJpaEntity.class, id.value()))
                .map(ChallengeMapper::toModelEntity);
    }

    @Override
    public Page<Challenge> list(ChallengeQuery q, Instant now, PageRequest page) {
        ChallengeStatus status = q.status();
        StringBuilder jpql = new StringBuilder("SELECT c FROM ChallengeJpaEntity c WHERE 1 = 1");
        if (q.nameContains() != null) {
            jpql.append(" AND LOWER(c.name) LIKE :name ESCAPE '\\'");
        }
        if (status != null) {
            jpql.append(
                    switch (status) {
                        case UPCOMING -> " AND c.startAt > :now";
                        case ACTIVE -> " AND c.startAt <= :now AND c.endAt > :now";
                        case COMPLETED -> " AND c.endAt <= :now";
                    });
        }
        KeysetCursor after = page.isFirst() ? null : KeysetCursor.decode(page.cursor(), CURSOR, 2);
        if (after != null) {
            jpql.append(" AND c.createdAt <= :createdAt AND (c.createdAt < :createdAt OR c.id < :id)");
        }
        jpql.append(" ORDER BY c.createdAt DESC, c.id DESC");
        TypedQuery<ChallengeJpaEntity> query = jdbc.entityManager()
                .createQuery(jpql.toString(), ChallengeJpaEntity.class)
                .setMaxResults(page.limit() + 1);
        if (q.nameContains() != null) {
            query.setParameter("name", LikePatterns.containing(q.nameContains()));
        }
        if (status != null) {
            query.setParameter("now", now);
        }
        if (after != null) {
            query.setParameter("createdAt", after.instant(0)).setParameter("id", after.uuid(1));
        }
        List<ChallengeJpaEntity> rows = query.getResultList();
        boolean more = rows.size() > page.limit();
        List<ChallengeJpaEntity> items = more ? rows.subList(0, page.limit()) : rows;
        ChallengeJpaEntity last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(
                items.stream().map(ChallengeMapper::toModelEntity).toList(),
                more ? KeysetCursor.encode(CURSOR, last.getCreatedAt(), last.getId()) : null);
    }

    @Override
    public void delete(ChallengeId id) {
        EntityManager em = jdbc.entityManager();
        ChallengeJpaEntity entity = em.find(ChallengeJpaEntity.class, id.value());
        if (entity != null) {
            em.remove(entity);
        }
    }
}
