package org.mtp.application.service.account;

import java.time.Duration;
import org.mtp.domain.common.Require;

/**
 * How many sign-in attempts may fail within a window, per account and per client address. The address limit is higher
 * because many people can share one address (an office, a campus, a carrier's NAT).
 */
public record SignInLimits(int perAccount, int perAddress, Duration window) {

    public static final int DEFAULT_PER_ACCOUNT = 10;
    public static final int DEFAULT_PER_ADDRESS = 50;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    public SignInLimits {
        Require.inRange("perAccount", perAccount, 1, 1_000_000);
        Require.inRange("perAddress", perAddress, 1, 1_000_000);
        Require.notNull("window", window);
        Require.that(
                window.compareTo(Duration.ofSeconds(1)) >= 0 && window.compareTo(Duration.ofDays(1)) <= 0,
                "window",
                "must be between 1 s and 1 day");
    }

    public static SignInLimits defaults() {
        return new SignInLimits(DEFAULT_PER_ACCOUNT, DEFAULT_PER_ADDRESS, DEFAULT_WINDOW);
    }
}
