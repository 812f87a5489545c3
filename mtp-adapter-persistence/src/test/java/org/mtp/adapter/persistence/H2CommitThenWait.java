package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.mtp.adapter.persistence.testing.TestRows;

/**
 * Test support (child JVM main): commits one user through the production pool on the H2 file in {@code args[0]}
 * (migrated by the test beforehand), prints {@code COMMITTED <id>} once the commit returned, then waits to be killed.
 * With {@code args[1]} the database opens with that {@code WRITE_DELAY} in milliseconds instead of the production URL.
 * Flyway and Hibernate are left out on purpose: when H2 writes a commit depends on neither, and the child starts in a
 * fraction of the time.
 */
public final class H2CommitThenWait {

    private H2CommitThenWait() {}

    public static void main(String[] args) throws InterruptedException, SQLException {
        Path dir = Path.of(args[0]);
        PersistenceConfig config =
                args.length > 1 ? withWriteDelay(dir, Integer.parseInt(args[1])) : PersistenceConfig.h2(dir);
        HikariDataSource pool = DataSources.pooled(config);
        UUID id = TestRows.user(pool, "survivor");
        System.out.println("COMMITTED " + id);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The production URL with another write delay, for the control experiment that shows what the setting buys. */
    static PersistenceConfig withWriteDelay(Path dir, int millis) {
        String durable = H2Urls.file(dir);
        return PersistenceConfig.of(durable.replace("WRITE_DELAY=0", "WRITE_DELAY=" + millis), H2Urls.USER, "");
    }
}
