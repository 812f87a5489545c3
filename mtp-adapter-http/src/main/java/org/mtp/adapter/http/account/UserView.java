package org.mtp.adapter.http.account;

import java.time.Instant;
import java.util.UUID;
import org.mtp.domain.user.User;

/** A user as the user sees themself: id, username, email and when the account was made. */
record UserView(UUID id, String username, String email, Instant createdAt) {

    static UserView of(User user) {
        return new UserView(
                user.id().value(), user.username().value(), user.email().value(), user.createdAt());
    }
}
