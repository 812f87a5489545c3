package org.mtp.bootstrap.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded executor background imports run on: a few daemon threads and a bounded queue, a full queue refusing at
 * once (the import is then marked busy). {@link #open} runs what must precede the first import (marking the imports a
 * previous process left unfinished as cut off) once the database is ready; {@link #close} stops the workers, leaving
 * their imports unfinished in the store for the next start to mark.
 */
public final class ImportWorkers implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);
    static final int THREADS = 2;
    static final int QUEUED = 100;

    private final ThreadPoolExecutor pool;
    private final List<Runnable> beforeFirst = new ArrayList<>();

    public ImportWorkers() {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
                    Thread thread = new Thread(task, "mtp-import-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setUncaughtExceptionHandler(
                            (t, failure) -> LOG.error("an import failed unexpectedly on {}", t.getName(), failure));
                    return thread;
                });
    }

    /** Runs {@code task} in {@link #open}, before any import. */
    public synchronized void beforeFirstImport(Runnable task) {
        beforeFirst.add(task);
    }

    public synchronized void open() {
        beforeFirst.forEach(Runnable::run);
        beforeFirst.clear();
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
