package org.mtp.adapter.persistence;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Persistence adapter: answers "is the database reachable now?" within a bounded time, for the readiness check. The
 * pool would wait its full connection timeout for a dead database, so the probe gives up sooner on its own thread.
 */
public final class DatabaseProbe implements AutoCloseable {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mtp-database-probe");
        t.setDaemon(true);
        return t;
    });

    public DatabaseProbe(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    /** True when a pooled connection answers a validity check within the timeout. */
    public boolean reachable() {
        Future<Boolean> check = executor.submit(() -> {
            try (Connection c = dataSource.getConnection()) {
                return c.isValid((int) Math.max(1, timeout.toSeconds()));
            }
        });
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            check.cancel(true);
            return false;
        } catch (Exception e) {
            check.cancel(true);
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
