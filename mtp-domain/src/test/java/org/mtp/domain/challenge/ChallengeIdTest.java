package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

class ChallengeIdTest {

    private static final String TEXT = "c0000000-0000-4000-8000-000000000001";

    @Test
    void wrapsAUuidAndPrintsIt() {
        ChallengeId id = ChallengeId.of(UUID.fromString(TEXT));
        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT);
        assertThatThrownBy(() -> ChallengeId.of(null)).hasMessage("'id' must not be null");
    }

    @Test
    void parsesTheCanonicalFormInEitherCase() {
        assertThat(ChallengeId.parse("challenge_id", TEXT)).isEqualTo(ChallengeId.of(UUID.fromString(TEXT)));
        assertThat(ChallengeId.parse("challenge_id", TEXT.toUpperCase()))
                .isEqualTo(ChallengeId.of(UUID.fromString(TEXT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "c-0-4-8-1", "c0000000-0000-4000-8000-0000000000011"})
    void rejectsAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> ChallengeId.parse("challenge_id", text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'challenge_id' must be a UUID");
    }

    @Test
    void rejectsMissingText() {
        assertThatThrownBy(() -> ChallengeId.parse("challenge_id", null)).hasMessage("'challenge_id' must not be null");
    }
}
