package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.domain.common.Require;

/**
 * A checked authorization request: the client, the redirect URI resolved against its registration (and whether the
 * request named it, since the token request must then repeat it), the grant, the scopes and the PKCE challenge.
 */
public record AuthorizationRequest(
        OAuthClient client,
        RedirectUri redirectUri,
        boolean redirectUriGiven,
        ResponseType responseType,
        Scopes scopes,
        Optional<CodeChallenge> codeChallenge) {

    public AuthorizationRequest {
        Require.notNull("client", client);
        Require.notNull("redirect_uri", redirectUri);
        Require.notNull("response_type", responseType);
        Require.notNull("scope", scopes);
        Require.notNull("code_challenge", codeChallenge);
    }
}
