package org.mtp.application.port.out.oauth;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;

/** Outgoing port for registered OAuth clients; ids are compared exactly. */
public interface ClientRepository {

    Optional<OAuthClient> findById(ClientId id);

    /** Adds a new client; fails with {@link DuplicateClientIdException} when the id is taken. */
    void save(OAuthClient client);
}
