package org.mtp.adapter.persistence.write.signin;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.Row;
import org.mtp.adapter.persistence.sql.UniqueViolations;
import org.mtp.application.port.out.signin.AttemptCounterKey;
import org.mtp.application.port.out.signin.AttemptWindow;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.domain.time.Timestamps;

/**
 * Persistence adapter: sign-in attempt windows in {@code sign_in_attempts}, one row per key digest. Counting is one
 * atomic statement on PostgreSQL ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}, which waits for a concurrent
 * insert of the same key and then adds to it). H2 has no such upsert that waits, so there an attempt updates the row,
 * inserts it when there is none, and on losing that race to a concurrent insert updates again.
 */
public final class SqlSignInAttemptStore implements SignInAttemptStore {

    private static final String PRIMARY_KEY = "pk_sign_in_attempts";
    /** A race for one new key is lost at most once per concurrent first attempt; this bounds a surprise. */
    private static final int H2_TRIES = 20;

    private static final String PG_COUNT = "INSERT INTO sign_in_attempts AS a (key_digest, attempts, window_start)"
            + " VALUES (?, 1, ?) ON CONFLICT (key_digest) DO UPDATE SET"
            + " attempts = CASE WHEN a.window_start <= ? THEN 1 ELSE a.attempts + 1 END,"
            + " window_start = CASE WHEN a.window_start <= ? THEN EXCLUDED.window_start ELSE a.window_start END"
            + " RETURNING attempts, window_start";
    private static final String H2_UPDATE = "UPDATE sign_in_attempts SET"
            + " attempts = CASE WHEN window_start <= ? THEN 1 ELSE attempts + 1 END,"
            + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END"
            + " WHERE key_digest = ?";
    private static final String H2_INSERT =
            "INSERT INTO sign_in_attempts (key_digest, attempts, window_start) VALUES (?, 1, ?)";
    private static final String READ = "SELECT attempts, window_start FROM sign_in_attempts WHERE key_digest = ?";

    private final Jdbc jdbc;

    public SqlSignInAttemptStore(Jdbc jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "'jdbc' must not be null");
    }

    @Override
    public AttemptWindow count(AttemptCounterKey key, Instant now, Duration window) {
        Instant at = Timestamps.normalize(now);
        Instant ended = at.minus(window);
        String digest = key.digest();
        if (jdbc.database() == Database.POSTGRESQL) {
            return jdbc.first(PG_COUNT, SqlSignInAttemptStore::window, digest, at, ended, ended)
                    .orElseThrow();
        }
        for (int tries = 1; ; tries++) {
            if (jdbc.update(H2_UPDATE, ended, ended, at, digest) == 0) {
                try {
                    jdbc.update(H2_INSERT, digest, at);
                } catch (RuntimeException raceLost) {
                    if (!UniqueViolations.isViolationOf(raceLost, PRIMARY_KEY) || tries == H2_TRIES) {
                        throw raceLost;
                    }
                    continue;
                }
            }
            // The row is locked by this transaction now, so what it reads is this attempt's count.
            return jdbc.first(READ, SqlSignInAttemptStore::window, digest).orElseThrow();
        }
    }

    private static AttemptWindow window(Row row) throws SQLException {
        return new AttemptWindow(row.integer("attempts"), row.instant("window_start"));
    }

    @Override
    public void takeBack(AttemptCounterKey key, Instant startedAt) {
        jdbc.update(
                "UPDATE sign_in_attempts SET attempts = attempts - 1"
                        + " WHERE key_digest = ? AND window_start = ? AND attempts > 0",
                key.digest(),
                Timestamps.normalize(startedAt));
    }

    @Override
    public void clear(AttemptCounterKey key) {
        jdbc.update("DELETE FROM sign_in_attempts WHERE key_digest = ?", key.digest());
    }

    @Override
    public int pruneStartedBy(Instant startedBy) {
        return jdbc.update("DELETE FROM sign_in_attempts WHERE window_start <= ?", Timestamps.normalize(startedBy));
    }
}
