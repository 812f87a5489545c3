package org.mtp.application.port.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;

class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void theEncodedHashNamesItsAlgorithmAndCost() {
        PasswordHash hash = hasher.hash(RawPassword.of("correct horse battery"));

        assertThat(hash.encoded()).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void aHashMadeAtAnotherCostStillVerifiesBecauseTheCostTravelsWithIt() {
        PasswordHash older = new Pbkdf2PasswordHasher(2_000).hash(RawPassword.of("correct horse battery"));

        assertThat(hasher.matches(RawPassword.of("correct horse battery"), older))
                .isTrue();
    }

    @Test
    void aCostBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> new Pbkdf2PasswordHasher(999)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theProductionCostHashesAndVerifies() {
        Pbkdf2PasswordHasher production = Pbkdf2PasswordHasher.production();
        PasswordHash hash = production.hash(RawPassword.of("correct horse battery"));

        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$600000$");
        assertThat(production.matches(RawPassword.of("correct horse battery"), hash))
                .isTrue();
    }
}
