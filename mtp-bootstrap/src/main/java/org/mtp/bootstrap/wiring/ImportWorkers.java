package org.mtp.bootstrap.wiring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded executor background imports run on: a few daemon threads and a bounded queue, a full queue refusing at
 * once (the import is then marked busy). {@link #open} runs what must precede the first import once the database is
 * ready and starts the periodic tasks (the runner's heartbeat, which also marks silent runners' imports cut off);
 * {@link #close} runs the closing tasks (this runner's imports marked cut off) and stops the workers.
 */
public final class ImportWorkers implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);
    static final int THREADS = 2;
    static final int QUEUED = 100;

    private final ThreadPoolExecutor pool;
    private final List<Runnable> beforeFirst = new ArrayList<>();
    private final List<Runnable> onClose = new ArrayList<>();
    private final Map<Runnable, Duration> periodic = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mtp-import-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

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

    /** Runs {@code task} every {@code period} from {@link #open} on; a failure is logged and the next run comes. */
    public synchronized void every(Duration period, Runnable task) {
        periodic.put(task, period);
    }

    /** Runs {@code task} in {@link #close}, before the workers stop, while the database is still there. */
    public synchronized void onClose(Runnable task) {
        onClose.add(task);
    }

    public synchronized void open() {
        beforeFirst.forEach(Runnable::run);
        beforeFirst.clear();
        periodic.forEach((task, period) -> timer.scheduleAtFixedRate(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException failure) {
                        LOG.warn("a periodic import task failed; it runs again in {}", period, failure);
                    }
                },
                period.toMillis(),
                period.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    @Override
    public void execute(Runnable command) {
        pool.execute(command);
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        for (Runnable task : onClose) {
            try {
                task.run();
            } catch (RuntimeException failure) {
                LOG.warn("a closing import task failed", failure);
            }
        }
        onClose.clear();
        pool.shutdownNow();
    }
}
