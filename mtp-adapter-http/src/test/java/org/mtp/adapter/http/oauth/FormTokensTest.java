package org.mtp.adapter.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.AdjustableClock;

class FormTokensTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-03-01T10:00:00Z");
    private final FormTokens tokens = new FormTokens(new byte[32], clock, Duration.ofMinutes(10));
    private final Map<String, String> request = Map.of("client_id", "uploader", "response_type", "token");

    @Test
    void aTokenIsValidWithItsNonceAndRequestUntilItExpires() {
        FormTokens.Issued issued = tokens.issue(request);

        assertThat(tokens.isValid(issued.token(), issued.nonce(), request)).isTrue();
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(tokens.isValid(issued.token(), issued.nonce(), request)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.isValid(issued.token(), issued.nonce(), request)).isFalse();
    }

    @Test
    void anotherNonceRequestKeyOrAlteredTokenIsRefused() {
        FormTokens.Issued issued = tokens.issue(request);
        FormTokens otherKey = new FormTokens(new byte[] {1, 2, 3}, clock, Duration.ofMinutes(10));

        assertThat(tokens.isValid(issued.token(), tokens.issue(request).nonce(), request))
                .isFalse();
        assertThat(tokens.isValid(issued.token(), issued.nonce(), Map.of("client_id", "uploader")))
                .isFalse();
        assertThat(tokens.isValid(
                        issued.token(), issued.nonce(), Map.of("client_id", "uploader", "response_type", "code")))
                .isFalse();
        assertThat(otherKey.isValid(issued.token(), issued.nonce(), request)).isFalse();
        assertThat(tokens.isValid(issued.token() + "x", issued.nonce(), request))
                .isFalse();
        assertThat(tokens.isValid(null, issued.nonce(), request)).isFalse();
        assertThat(tokens.isValid(issued.token(), null, request)).isFalse();
        assertThat(tokens.isValid("not.a-token!", issued.nonce(), request)).isFalse();
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        FormTokens.Issued issued = tokens.issue(Map.of("state", "a", "scope", "b"));

        assertThat(tokens.isValid(issued.token(), issued.nonce(), Map.of("state", "a\nscope=1:b")))
                .isFalse();
    }
}
