package org.mtp.application.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

/**
 * A password hasher that runs at most a fixed number of hashes at once, first come first served, so a burst of sign-ins
 * queues instead of taking every core from the requests that need no hash. The default leaves one core free.
 */
public final class BoundedPasswordHasher implements PasswordHasher {

    private final PasswordHasher hasher;
    private final Semaphore permits;
    private final int concurrency;

    public BoundedPasswordHasher(PasswordHasher hasher, int concurrency) {
        this.hasher = Require.notNull("hasher", hasher);
        this.concurrency = Require.inRange("concurrency", concurrency, 1, 1_024);
        this.permits = new Semaphore(concurrency, true);
    }

    /** One less than the processors the JVM may use, and at least one. */
    public static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    @Override
    public PasswordHash hash(RawPassword password) {
        return bounded(() -> hasher.hash(password));
    }

    @Override
    public boolean matches(RawPassword password, PasswordHash hash) {
        return bounded(() -> hasher.matches(password, hash));
    }

    public int concurrency() {
        return concurrency;
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    @Override
    public String toString() {
        return "BoundedPasswordHasher[" + hasher + ", concurrency=" + concurrency + "]";
    }
}
