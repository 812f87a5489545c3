package org.mtp.application.fake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Test double of the user directory: tests register the users their scenario needs. */
public final class InMemoryUserDirectory implements UserDirectory, InMemoryData.Transactional {

    private Map<UserId, Username> names = new HashMap<>();

    public InMemoryUserDirectory(InMemoryData data) {
        data.register(this);
    }

    public synchronized void register(UserId id, Username username) {
        names.put(id, username);
    }

    @Override
    public synchronized Optional<Username> usernameOf(UserId id) {
        return Optional.ofNullable(names.get(id));
    }

    @Override
    public synchronized Map<UserId, Username> usernamesOf(Collection<UserId> ids) {
        Map<UserId, Username> found = new HashMap<>();
        for (UserId id : ids) {
            Username name = names.get(id);
            if (name != null) {
                found.put(id, name);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<UserId> idOf(Username username) {
        return names.entrySet().stream()
                .filter(e -> e.getValue().sameAs(username))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(names);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        names = new HashMap<>((Map<UserId, Username>) snapshot);
    }
}
