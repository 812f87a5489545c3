package org.mtp.application.port.out.account;

import java.util.Optional;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Outgoing port for storing accounts. Usernames and emails are looked up and kept unique by their lower-case keys. */
public interface UserRepository {

    Optional<User> findById(UserId id);

    /** The user whose username has the same {@link Username#normalized() key}, in any letter case. */
    Optional<User> findByUsernameKey(Username username);

    /** The user whose email has the same {@link Email#normalized() key}, in any letter case. */
    Optional<User> findByEmailKey(Email email);

    /**
     * Inserts the user, or replaces the one with the same id. Fails with {@link DuplicateUserKeyException} when another
     * user holds the username or email key, which a unique constraint may only notice at this point.
     */
    void save(User user);
}
