package org.mtp.application.port.in.account;

import java.time.Duration;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.common.Require;

/**
 * Too many failed sign-ins for this account or from this address lately; the password was not checked.
 * {@link #retryAfter()} is how long until an attempt is taken again, in whole seconds, at least one.
 */
public final class SignInThrottledException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; try again later");
        Require.notNull("retryAfter", retryAfter);
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        this.retryAfter = Duration.ofSeconds(Math.max(1, seconds));
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String code() {
        return "sign_in_throttled";
    }
}
