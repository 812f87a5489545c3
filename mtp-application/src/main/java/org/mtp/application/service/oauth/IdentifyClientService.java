package org.mtp.application.service.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Use case service: look up the client a request names. Nearly every request names one, so a client once found is
 * remembered: a registered client never changes and is never removed ({@link ClientRepository} has neither), so the
 * remembered copy stays exact on every node of a cluster, and a client registered on another node is found on its first
 * request because unknown ids are never remembered. The memory is bounded: past {@link #MAX_REMEMBERED} clients it
 * starts over. (Measured in docs/performance.md: the lookup was a quarter of a sequence read's CPU.)
 */
public final class IdentifyClientService implements IdentifyClientUseCase {

    /**
     * Far more than the clients of one deployment, far less memory than would matter (a client is a few hundred bytes).
     */
    static final int MAX_REMEMBERED = 10_000;

    private final ClientRepository clients;
    private final UnitOfWork unitOfWork;
    private final Map<ClientId, OAuthClient> remembered = new ConcurrentHashMap<>();

    public IdentifyClientService(ClientRepository clients, UnitOfWork unitOfWork) {
        this.clients = clients;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public OAuthClient identify(ClientId clientId) {
        OAuthClient known = remembered.get(clientId);
        if (known != null) {
            return known;
        }
        OAuthClient found = unitOfWork
                .reading(() -> clients.findById(clientId))
                .orElseThrow(() -> new InvalidClientException("unknown client"));
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(clientId, found);
        return found;
    }
}
