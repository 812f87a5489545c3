package org.mtp.application.service.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.port.in.oauth.AuthorizationRequest;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizationRequestException;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.InvalidRedirectUriException;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.domain.common.ValidationException;

/**
 * The rules of an authorization request, in the order RFC 6749 4.1.2.1 needs: the client and its redirect URI first,
 * since an error there must not be redirected, then response type, scope and PKCE (RFC 7636; S256 only, and required
 * for a public client asking for a code).
 */
final class AuthorizationRequests {

    static final String FIRST_PARTY_REFUSED = "the web app's own client signs in only through the web app";
    private static final String S256 = "S256";
    private final ClientRepository clients;

    AuthorizationRequests(ClientRepository clients) {
        this.clients = clients;
    }

    /** Runs inside the caller's transaction. */
    AuthorizationRequest check(AuthorizationRequestCommand command) {
        OAuthClient client =
                clients.findById(command.clientId()).orElseThrow(() -> new InvalidClientException("unknown client"));
        if (client.firstParty()) {
            throw new InvalidClientException(FIRST_PARTY_REFUSED);
        }
        RedirectUri redirectUri = redirectUri(client, command.redirectUri());
        if (command.responseType().isBlank()) {
            throw AuthorizationRequestException.invalidRequest("response_type is required", redirectUri, null);
        }
        ResponseType responseType = ResponseType.find(command.responseType())
                .orElseThrow(() -> AuthorizationRequestException.unsupportedResponseType(
                        "response_type must be token, implicit or code", redirectUri));
        Scopes scopes = scopes(command, redirectUri, responseType);
        Optional<CodeChallenge> challenge =
                responseType == ResponseType.CODE ? challenge(command, client, redirectUri) : Optional.empty();
        return new AuthorizationRequest(
                client, redirectUri, command.redirectUri().isPresent(), responseType, scopes, challenge);
    }

    private static RedirectUri redirectUri(OAuthClient client, Optional<String> requested) {
        if (requested.isPresent()) {
            return client.redirectUris()
                    .find(requested.get())
                    .orElseThrow(
                            () -> new InvalidRedirectUriException("redirect_uri is not registered for this client"));
        }
        return client.redirectUris()
                .single()
                .orElseThrow(() -> new InvalidRedirectUriException(
                        "redirect_uri is required because the client registered more than one"));
    }

    private static Scopes scopes(AuthorizationRequestCommand command, RedirectUri to, ResponseType type) {
        try {
            return Scopes.parse(command.scope().orElse(null));
        } catch (ValidationException e) {
            throw AuthorizationRequestException.invalidScope("scope must be read, write or both", to, type);
        }
    }

    private static Optional<CodeChallenge> challenge(
            AuthorizationRequestCommand command, OAuthClient client, RedirectUri to) {
        Optional<String> challenge = command.codeChallenge();
        Optional<String> method = command.codeChallengeMethod();
        if (challenge.isEmpty()) {
            if (method.isPresent()) {
                throw AuthorizationRequestException.invalidRequest("code_challenge is missing", to, ResponseType.CODE);
            }
            if (client.type() == ClientType.PUBLIC) {
                throw AuthorizationRequestException.invalidRequest(
                        "a public client must use PKCE: send code_challenge with code_challenge_method=S256",
                        to,
                        ResponseType.CODE);
            }
            return Optional.empty();
        }
        // Without a method RFC 7636 means "plain", which gives no protection against a stolen code; only S256 is taken.
        if (!method.equals(Optional.of(S256))) {
            throw AuthorizationRequestException.invalidRequest(
                    "code_challenge_method must be S256", to, ResponseType.CODE);
        }
        try {
            return Optional.of(CodeChallenge.of(challenge.get()));
        } catch (ValidationException e) {
            throw AuthorizationRequestException.invalidRequest(e.getMessage(), to, ResponseType.CODE);
        }
    }
}
