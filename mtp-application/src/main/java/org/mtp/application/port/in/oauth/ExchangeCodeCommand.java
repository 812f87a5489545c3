package org.mtp.application.port.in.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.CodeVerifier;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/**
 * Input of {@link ExchangeCodeUseCase}: who asks, the code, the redirect URI if the request named one, the verifier.
 */
public record ExchangeCodeCommand(
        ClientCredentials client,
        AuthorizationCode code,
        Optional<String> redirectUri,
        Optional<CodeVerifier> codeVerifier) {

    public ExchangeCodeCommand {
        Require.notNull("client", client);
        Require.notNull("code", code);
        Require.notNull("redirect_uri", redirectUri)
                .ifPresent(text -> Text.require("redirect_uri", text, 0, Limits.LINK_MAX));
        Require.notNull("code_verifier", codeVerifier);
    }
}
