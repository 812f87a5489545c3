package org.mtp.adapter.http.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.domain.common.ValidationException;

/**
 * Reads client authentication at the token and revocation endpoints (RFC 6749 2.3.1): HTTP Basic with the
 * form-urlencoded id and secret, or {@code client_id} and {@code client_secret} in the body; never both methods.
 */
final class ClientCredentialsReader {

    private ClientCredentialsReader() {}

    static ClientCredentials read(String authorization, Params body) {
        Optional<String> formId = body.string("client_id");
        Optional<String> formSecret = body.string("client_secret");
        Optional<String[]> basic = basic(authorization);
        if (basic.isPresent()) {
            if (formSecret.isPresent()) {
                throw ApiException.of(400, "invalid_request", "authenticate the client with one method, not two");
            }
            if (formId.isPresent() && !formId.get().equals(basic.get()[0])) {
                throw invalidClient("client_id differs from the Basic credentials");
            }
            return new ClientCredentials(clientId(basic.get()[0]), Optional.of(secret(basic.get()[1])));
        }
        String id = formId.orElseThrow(() -> invalidClient("client authentication is required"));
        return new ClientCredentials(clientId(id), formSecret.map(ClientCredentialsReader::secret));
    }

    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw invalidClient("the Basic credentials are malformed");
            }
            return Optional.of(new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            });
        } catch (IllegalArgumentException e) {
            throw invalidClient("the Basic credentials are malformed");
        }
    }

    private static ClientId clientId(String text) {
        try {
            return ClientId.of(text);
        } catch (ValidationException e) {
            throw invalidClient("client_id is malformed");
        }
    }

    private static ClientSecret secret(String text) {
        try {
            return ClientSecret.of(text);
        } catch (ValidationException e) {
            throw invalidClient("client authentication failed");
        }
    }

    private static ApiException invalidClient(String detail) {
        return ApiException.of(401, "invalid_client", detail);
    }
}
