package org.mtp.application.fake;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.domain.user.UserId;

/** Test double keeping Mapillary connections and one-time connection states in maps. */
public final class InMemoryMapillaryConnections
        implements MapillaryConnectionStore, ConnectionStateStore, InMemoryData.Transactional {

    private record State(UserId user, Instant expiresAt, boolean used, Optional<ReturnPath> returnTo) {}

    private Map<UserId, MapillaryConnection> connections = new HashMap<>();
    private Map<String, State> states = new HashMap<>();

    public InMemoryMapillaryConnections(InMemoryData data) {
        data.register(this);
    }

    @Override
    public synchronized void save(UserId user, MapillaryConnection connection) {
        connections.put(user, connection);
    }

    @Override
    public synchronized Optional<MapillaryConnection> find(UserId user) {
        return Optional.ofNullable(connections.get(user));
    }

    @Override
    public synchronized void delete(UserId user) {
        connections.remove(user);
    }

    @Override
    public synchronized void save(String stateHash, UserId user, Instant expiresAt) {
        states.put(stateHash, new State(user, expiresAt, false, Optional.empty()));
    }

    @Override
    public synchronized void save(String stateHash, UserId user, Instant expiresAt, ReturnPath returnTo) {
        states.put(stateHash, new State(user, expiresAt, false, Optional.of(returnTo)));
    }

    @Override
    public synchronized Optional<ReturnPath> returnPath(String stateHash, Instant now) {
        State s = states.get(stateHash);
        if (s == null || s.used() || !now.isBefore(s.expiresAt())) {
            return Optional.empty();
        }
        return s.returnTo();
    }

    @Override
    public synchronized Optional<UserId> consume(String stateHash, Instant now) {
        State s = states.get(stateHash);
        if (s == null || s.used() || !now.isBefore(s.expiresAt())) {
            return Optional.empty();
        }
        states.put(stateHash, new State(s.user(), s.expiresAt(), true, s.returnTo()));
        return Optional.of(s.user());
    }

    public synchronized int stateCount() {
        return states.size();
    }

    @Override
    public synchronized Object snapshot() {
        return List.of(new HashMap<>(connections), new HashMap<>(states));
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        List<Object> parts = (List<Object>) snapshot;
        connections = new HashMap<>((Map<UserId, MapillaryConnection>) parts.get(0));
        states = new HashMap<>((Map<String, State>) parts.get(1));
    }
}
