package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Input of {@link AuthorizeClientUseCase}: the request as received and the user who signed in and approved it. */
public record AuthorizeClientCommand(AuthorizationRequestCommand request, UserId userId) {

    public AuthorizeClientCommand {
        Require.notNull("request", request);
        Require.notNull("user", userId);
    }
}
