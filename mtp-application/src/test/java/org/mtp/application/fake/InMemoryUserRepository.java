package org.mtp.application.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.port.out.account.DuplicateUserKeyException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** In-memory fake of {@link UserRepository}, enforcing the unique keys a database constraint would. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized Optional<User> findByUsernameKey(Username username) {
        return users.values().stream()
                .filter(user -> user.username().sameAs(username))
                .findFirst();
    }

    @Override
    public synchronized Optional<User> findByEmailKey(Email email) {
        return users.values().stream()
                .filter(user -> user.email().normalized().equals(email.normalized()))
                .findFirst();
    }

    @Override
    public synchronized void save(User user) {
        for (User other : users.values()) {
            if (!other.id().equals(user.id())) {
                if (other.username().sameAs(user.username())) {
                    throw new DuplicateUserKeyException("username", null);
                }
                if (other.email().normalized().equals(user.email().normalized())) {
                    throw new DuplicateUserKeyException("email", null);
                }
            }
        }
        users.put(user.id(), user);
    }

    public synchronized int count() {
        return users.size();
    }
}
