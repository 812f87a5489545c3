package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;

/** Use case: find the client a request names by its {@code client_id}, so every API call is tied to a known client. */
public interface IdentifyClientUseCase {

    /** Fails with {@link InvalidClientException} when no such client exists. */
    OAuthClient identify(ClientId clientId);
}
