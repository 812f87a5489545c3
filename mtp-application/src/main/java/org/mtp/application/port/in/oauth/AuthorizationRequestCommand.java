package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/**
 * The parameters of an authorization request as received. Only their shape is checked here; their meaning is checked by
 * the service in the order RFC 6749 4.1.2.1 needs: client and redirect URI first (never redirected to when wrong), then
 * response type, scope and PKCE (reported through the redirect).
 */
public record AuthorizationRequestCommand(
        ClientId clientId,
        String responseType,
        Optional<String> redirectUri,
        Optional<String> scope,
        Optional<String> codeChallenge,
        Optional<String> codeChallengeMethod) {

    public AuthorizationRequestCommand {
        Require.notNull("client_id", clientId);
        Text.require("response_type", responseType, 0, 100);
        requireText("redirect_uri", redirectUri, Limits.LINK_MAX);
        requireText("scope", scope, 200);
        requireText("code_challenge", codeChallenge, 200);
        requireText("code_challenge_method", codeChallengeMethod, 100);
    }

    private static void requireText(String field, Optional<String> value, int max) {
        Require.notNull(field, value).ifPresent(text -> Text.require(field, text, 0, max));
    }
}
