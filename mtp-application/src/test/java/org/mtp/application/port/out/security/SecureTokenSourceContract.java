package org.mtp.application.port.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of {@link SecureTokenSource}: every implementation runs these tests through a subclass. */
public abstract class SecureTokenSourceContract {

    protected abstract SecureTokenSource source();

    @Test
    void aTokenIs256BitsAs43Base64UrlCharacters() {
        String token = source().newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(source().newToken());
        }

        assertThat(seen).hasSize(10_000);
    }
}
