package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Input of {@link RegisterClientUseCase}: the signed-in owner and the client's name, redirect URIs and type. */
public record RegisterClientCommand(UserId owner, ClientName name, RedirectUris redirectUris, ClientType type) {

    public RegisterClientCommand {
        Require.notNull("owner", owner);
        Require.notNull("name", name);
        Require.notNull("redirect_uris", redirectUris);
        Require.notNull("type", type);
    }
}
