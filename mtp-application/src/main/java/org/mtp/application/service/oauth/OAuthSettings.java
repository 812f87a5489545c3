package org.mtp.application.service.oauth;

import java.time.Duration;
import org.mtp.domain.common.Require;

/** Tunables of the OAuth services: how long an authorization code stays valid (RFC 6749 advises at most 10 minutes). */
public record OAuthSettings(Duration codeLifetime) {

    public static final Duration DEFAULT_CODE_LIFETIME = Duration.ofMinutes(5);

    public OAuthSettings {
        Require.notNull("codeLifetime", codeLifetime);
        Require.that(
                codeLifetime.compareTo(Duration.ofSeconds(10)) >= 0
                        && codeLifetime.compareTo(Duration.ofMinutes(10)) <= 0,
                "codeLifetime",
                "must be between 10 s and 10 min");
    }

    public static OAuthSettings defaults() {
        return new OAuthSettings(DEFAULT_CODE_LIFETIME);
    }
}
