package org.mtp.application.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Test double backbone: the in-memory stores register here, and {@link InMemoryUnitOfWork} serialises transactions on
 * its lock and restores every store's snapshot when a use case fails, so fakes roll back like a database.
 */
public final class InMemoryData {

    /** A store that can copy its state and put a copy back. */
    public interface Transactional {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Transactional> stores = new ArrayList<>();

    public synchronized void register(Transactional store) {
        stores.add(store);
    }

    ReentrantLock lock() {
        return lock;
    }

    /**
     * Fails unless the calling thread runs a unit of work, as the database stores do: a use case that reaches a store
     * outside one works on the fakes and fails on the real database, so the fakes refuse it too.
     */
    void requireUnitOfWork(String store) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException(store + " used outside a unit of work");
        }
    }

    synchronized List<Object> snapshotAll() {
        List<Object> snapshots = new ArrayList<>(stores.size());
        for (Transactional s : stores) {
            snapshots.add(s.snapshot());
        }
        return snapshots;
    }

    synchronized void restoreAll(List<Object> snapshots) {
        for (int i = 0; i < snapshots.size(); i++) {
            stores.get(i).restore(snapshots.get(i));
        }
    }
}
