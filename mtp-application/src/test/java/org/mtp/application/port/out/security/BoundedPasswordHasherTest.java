package org.mtp.application.port.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mtp.application.security.BoundedPasswordHasher;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

class BoundedPasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher hasher() {
        return new BoundedPasswordHasher(new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS), 1);
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowedAndTheRestWaitTheirTurn() throws Exception {
        GatedHasher gated = new GatedHasher();
        BoundedPasswordHasher bounded = new BoundedPasswordHasher(gated, 2);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(threads.submit(
                        () -> bounded.matches(RawPassword.of("password-1234"), new PasswordHash("x$1$a$b"))));
            }

            assertThat(gated.entered.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
            assertThat(gated.entered.tryAcquire(100, TimeUnit.MILLISECONDS)).isFalse();

            gated.gate.release(6);
            for (Future<Boolean> check : checks) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(gated.mostAtOnce.get()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theDefaultLeavesOneProcessorFree() {
        assertThat(BoundedPasswordHasher.defaultConcurrency())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** A hasher whose every call waits at a gate the test opens, counting how many are inside at once. */
    private static final class GatedHasher implements PasswordHasher {

        final Semaphore entered = new Semaphore(0);
        final Semaphore gate = new Semaphore(0);
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger inside = new AtomicInteger();

        @Override
        public PasswordHash hash(RawPassword password) {
            throw new AssertionError("not used");
        }

        @Override
        public boolean matches(RawPassword password, PasswordHash hash) {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.release();
            gate.acquireUninterruptibly();
            inside.decrementAndGet();
            return true;
        }
    }
}
