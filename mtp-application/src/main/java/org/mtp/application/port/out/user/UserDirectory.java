package org.mtp.application.port.out.user;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Outgoing port answering the one question most read paths ask about users: id to public name and back. */
public interface UserDirectory {

    Optional<Username> usernameOf(UserId id);

    /**
     * The names of many users at once (a board names thousands): ids of users that do not exist are left out. A store
     * answers in a few statements, never one per id.
     */
    Map<UserId, Username> usernamesOf(Collection<UserId> ids);

    /** Case-insensitive, as usernames are unique that way. */
    Optional<UserId> idOf(Username username);
}
