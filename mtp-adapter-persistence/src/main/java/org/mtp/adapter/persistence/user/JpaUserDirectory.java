package org.mtp.adapter.persistence.user;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Persistence adapter: user id to username and back from {@code users}, by the unique lower-case username key. */
public final class JpaUserDirectory implements UserDirectory {

  private final EntityManagers entityManagers;

  public JpaUserDirectory(EntityManagers entityManagers) {
    this.entityManagers = Objects.requireNonNull(entityManagers, "'entityManagers' must not be null");
  }

  @Override
  public Optional<Username> usernameOf(UserId id) {
    return entityManagers.current()
        .createQuery("SELECT u.username FROM UserJpaEntity u WHERE u.id = :id", String.class)
        .setParameter("id", id.value())
        .getResultList().stream()
        .findFirst()
        .map(Username::of);
  }

  @Override
  public Optional<UserId> idOf(Username username) {
    return entityManagers.current()
        .createQuery("SELECT u.id FROM UserJpaEntity u WHERE u.usernameKey = :key", UUID.class)
        .setParameter("key", username.normalized())
        .getResultList().stream()
        .findFirst()
        .map(UserId::of);
  }
}
