package org.mtp.application.fake;

import java.util.List;
import java.util.function.Supplier;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Test double: runs each outermost unit of work under one lock and rolls every store back when it throws. */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryData data;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private int commits;
    private int transactions;

    public InMemoryUnitOfWork(InMemoryData data) {
        this.data = data;
    }

    /** A unit of work over stores that do not take part in rollback (contract tests of single stores). */
    public InMemoryUnitOfWork() {
        this(new InMemoryData());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        data.lock().lock();
        int level = depth.get();
        depth.set(level + 1);
        List<Object> before = level == 0 ? data.snapshotAll() : null;
        transactions++;
        try {
            T result = work.get();
            if (level == 0) {
                commits++;
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (level == 0) {
                data.restoreAll(before);
            }
            throw e;
        } finally {
            depth.set(level);
            data.lock().unlock();
        }
    }

    /** How many outermost transactions committed. */
    public int commits() {
        return commits;
    }

    /** How many units of work were started, nested ones included. */
    public int transactions() {
        return transactions;
    }

    /** True while the calling thread is inside a unit of work. */
    public boolean inTransaction() {
        return depth.get() > 0;
    }
}
