package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.area;
import static org.mtp.domain.challenge.TestChallenges.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

class ChallengeSettingsTest {

    private static ChallengeSettings withName(String name) {
        return new ChallengeSettings(name, null, area(), window(), ChallengeFilters.NONE, ChallengeMetric.PHOTOS);
    }

    private static ChallengeSettings withDescription(String description) {
        return new ChallengeSettings(
                "Name", description, area(), window(), ChallengeFilters.NONE, ChallengeMetric.PHOTOS);
    }

    @Test
    void trimsTheName() {
        assertThat(withName("  Summer <i>paths</i>\t").name()).isEqualTo("Summer <i>paths</i>");
    }

    @Test
    void nameHasOneToAHundredCharacters() {
        assertThat(withName("x").name()).isEqualTo("x");
        assertThat(withName("x".repeat(100)).name()).hasSize(100);
        assertThat(withName(" " + "x".repeat(100) + " ").name()).hasSize(100);
        assertThatThrownBy(() -> withName("x".repeat(101)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'name' must have 1 to 100 characters, had 101");
        assertThatThrownBy(() -> withName("   ")).hasMessage("'name' must have 1 to 100 characters, had 0");
        assertThatThrownBy(() -> withName(null)).hasMessage("'name' must not be null");
    }

    @Test
    void keepsTheDescriptionVerbatim() {
        String description = "  <script>alert(1)</script>\n\n Line two  ";
        assertThat(withDescription(description).description()).isEqualTo(description);
        assertThat(withDescription(description).optionalDescription()).contains(description);
        assertThat(withDescription(" ").description()).isEqualTo(" ");
    }

    @Test
    void anEmptyDescriptionIsNone() {
        assertThat(withDescription("").description()).isNull();
        assertThat(withDescription("").optionalDescription()).isEmpty();
        assertThat(withDescription(null).optionalDescription()).isEmpty();
    }

    @Test
    void descriptionHasAtMostTenThousandCharacters() {
        assertThat(withDescription("d".repeat(10_000)).description()).hasSize(10_000);
        assertThatThrownBy(() -> withDescription("d".repeat(10_001)))
                .hasMessage("'description' must have 1 to 10000 characters, had 10001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\0here", "lone \uD800 surrogate"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> withDescription(text))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "description");
        assertThatThrownBy(() -> withName(text))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void requiresAreaWindowFiltersAndMetric() {
        assertThatThrownBy(() ->
                        new ChallengeSettings("n", null, null, window(), ChallengeFilters.NONE, ChallengeMetric.PHOTOS))
                .hasMessage("'area' must not be null");
        assertThatThrownBy(() ->
                        new ChallengeSettings("n", null, area(), null, ChallengeFilters.NONE, ChallengeMetric.PHOTOS))
                .hasMessage("'window' must not be null");
        assertThatThrownBy(() -> new ChallengeSettings("n", null, area(), window(), null, ChallengeMetric.PHOTOS))
                .hasMessage("'filters' must not be null");
        assertThatThrownBy(() -> new ChallengeSettings("n", null, area(), window(), ChallengeFilters.NONE, null))
                .hasMessage("'metric' must not be null");
    }
}
