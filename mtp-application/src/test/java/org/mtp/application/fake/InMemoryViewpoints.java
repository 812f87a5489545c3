package org.mtp.application.fake;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/** Test double of the viewpoint store: one entry per (marker, sequence, photo). */
public final class InMemoryViewpoints implements ViewpointStore, InMemoryData.Transactional {

    private record Key(UserId marker, SequenceId sequence, ImageKey photo) {}

    private Map<Key, Viewpoint> viewpoints = new HashMap<>();

    public InMemoryViewpoints(InMemoryData data) {
        data.register(this);
    }

    @Override
    public synchronized boolean add(Viewpoint v) {
        return viewpoints.putIfAbsent(new Key(v.marker(), v.sequence(), v.photo()), v) == null;
    }

    @Override
    public synchronized boolean remove(UserId marker, SequenceId sequence, ImageKey photo) {
        return viewpoints.remove(new Key(marker, sequence, photo)) != null;
    }

    synchronized void removeAll(SequenceId sequence) {
        viewpoints.keySet().removeIf(k -> k.sequence().equals(sequence));
    }

    synchronized Set<Viewpoint> all() {
        return new HashSet<>(viewpoints.values());
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(viewpoints);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        viewpoints = new HashMap<>((Map<Key, Viewpoint>) snapshot);
    }
}
