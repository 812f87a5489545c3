package org.mtp.application.service.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.port.in.account.SignInThrottledException;
import org.mtp.application.port.out.signin.AttemptCounterKey;
import org.mtp.application.port.out.signin.AttemptWindow;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;
import org.mtp.application.port.out.transaction.UnitOfWork;

/**
 * Limits failed sign-ins per account and per client address. Each attempt is counted before its password is checked, so
 * concurrent attempts cannot all slip under the limit, and one over the limit is refused without any hash cost. A
 * success then takes its own count back from the address and clears the account's window; a failure stays counted.
 * Every count is a transaction of one statement on one row, so counting never holds one row's lock while waiting for
 * another's, and cannot deadlock with another count or with pruning. Old windows are pruned at most once a minute per
 * node.
 */
final class SignInLimiter {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final SignInAttemptStore attempts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SignInLimits limits;
    private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.MIN);

    SignInLimiter(SignInAttemptStore attempts, UnitOfWork unitOfWork, Clock clock, SignInLimits limits) {
        this.attempts = attempts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
    }

    /** An attempt counted for both keys, to be {@link #succeeded} or left as a failure. */
    record Attempt(AttemptCounterKey account, AttemptCounterKey address, Instant addressWindow) {}

    /**
     * Counts an attempt on {@code accountSubject} (a user id, or the login when no account has it) from
     * {@code address}; fails with {@link SignInThrottledException} when either is now over its limit. The address is
     * counted first, and an address over its limit no longer adds to an account's count. A refused attempt stays
     * counted (it commits before the refusal is thrown); that never lengthens a wait, since a window does not move once
     * begun.
     */
    Attempt begin(String accountSubject, ClientAddress address) {
        Instant now = clock.instant();
        prune(now);
        AttemptCounterKey addressKey = new AttemptCounterKey(AttemptCounterKey.Kind.ADDRESS, address.limitSubject());
        AttemptCounterKey accountKey = new AttemptCounterKey(AttemptCounterKey.Kind.ACCOUNT, accountSubject);
        AttemptWindow byAddress = unitOfWork.inTransaction(() -> attempts.count(addressKey, now, limits.window()));
        if (byAddress.attempts() > limits.perAddress()) {
            throw throttled(byAddress, now);
        }
        AttemptWindow byAccount = unitOfWork.inTransaction(() -> attempts.count(accountKey, now, limits.window()));
        if (byAccount.attempts() > limits.perAccount()) {
            throw throttled(byAccount, now);
        }
        return new Attempt(accountKey, addressKey, byAddress.startedAt());
    }

    /** The password was right: the attempt is not a failure. */
    void succeeded(Attempt attempt) {
        unitOfWork.run(() -> attempts.takeBack(attempt.address(), attempt.addressWindow()));
        unitOfWork.run(() -> attempts.clear(attempt.account()));
    }

    private SignInThrottledException throttled(AttemptWindow window, Instant now) {
        return new SignInThrottledException(
                Duration.between(now, window.startedAt().plus(limits.window())));
    }

    private void prune(Instant now) {
        Instant last = lastPruned.get();
        if (now.isBefore(last.plus(PRUNE_EVERY)) || !lastPruned.compareAndSet(last, now)) {
            return;
        }
        try {
            unitOfWork.run(() -> attempts.pruneStartedBy(now.minus(limits.window())));
        } catch (ConcurrentUpdateException raceLost) {
            // Another node pruned the same rows at once; whatever is left goes at the next prune.
        }
    }
}
