package org.mtp.application.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.oauth.DuplicateClientIdException;

/** In-memory fake of {@link ClientRepository}. */
public final class InMemoryClientRepository implements ClientRepository {

    private final Map<ClientId, OAuthClient> clients = new LinkedHashMap<>();

    @Override
    public synchronized Optional<OAuthClient> findById(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public synchronized void save(OAuthClient client) {
        if (clients.containsKey(client.id())) {
            throw new DuplicateClientIdException(client.id(), null);
        }
        clients.put(client.id(), client);
    }

    /** How many clients were registered; the built-in first-party client is not counted. */
    public synchronized int count() {
        return (int)
                clients.values().stream().filter(client -> !client.firstParty()).count();
    }
}
