package org.mtp.adapter.persistence.write.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.Optional;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.port.out.account.DuplicateUserKeyException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Persistence adapter: accounts in {@code users}, found and kept unique by the lower-case {@code username_key} and
 * {@code email_key} (unique constraints, so two concurrent sign-ups cannot both take a name).
 */
public final class JpaUserRepository implements UserRepository {

    private final EntityManagers entityManagers;

    public JpaUserRepository(EntityManagers entityManagers) {
        this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(entityManagers.current().find(UserJpaEntity.class, id.value()))
                .map(UserMapper::toModelEntity);
    }

    @Override
    public Optional<User> findByUsernameKey(Username username) {
        return findBy("usernameKey", username.normalized());
    }

    @Override
    public Optional<User> findByEmailKey(Email email) {
        return findBy("emailKey", email.normalized());
    }

    private Optional<User> findBy(String keyAttribute, String key) {
        return entityManagers
                .current()
                .createQuery("SELECT u FROM UserJpaEntity u WHERE u." + keyAttribute + " = :key", UserJpaEntity.class)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .findFirst()
                .map(UserMapper::toModelEntity);
    }

    /**
     * Flushes at once, so that a violated unique key surfaces here as the port's exception. The violation is attached
     * as suppressed rather than as the cause: the unit of work reads a unique violation among the causes as a lost race
     * and would otherwise replace the port's exception with {@code ConcurrentUpdateException}.
     */
    @Override
    public void save(User user) {
        EntityManager em = entityManagers.current();
        em.merge(UserMapper.toJpaEntity(user));
        try {
            em.flush();
        } catch (PersistenceException e) {
            String field = UserKeyViolations.violatedField(e).orElseThrow(() -> e);
            DuplicateUserKeyException duplicate = new DuplicateUserKeyException(field, null);
            duplicate.addSuppressed(e);
            throw duplicate;
        }
    }
}
