package org.mtp.application.port.out.user;

import java.util.Optional;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Outgoing port answering the one question most read paths ask about users: id to public name and back. */
public interface UserDirectory {

  Optional<Username> usernameOf(UserId id);

  /** Case-insensitive, as usernames are unique that way. */
  Optional<UserId> idOf(Username username);
}
