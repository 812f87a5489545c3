package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.CREATED_AT;
import static org.mtp.domain.challenge.TestChallenges.DESCRIPTION;
import static org.mtp.domain.challenge.TestChallenges.ID;
import static org.mtp.domain.challenge.TestChallenges.NAME;
import static org.mtp.domain.challenge.TestChallenges.OWNER;
import static org.mtp.domain.challenge.TestChallenges.SOMEONE_ELSE;
import static org.mtp.domain.challenge.TestChallenges.settings;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.transport.TransportType;

class ChallengeTest {

    @Test
    void exposesWhatItWasCreatedWith() {
        ChallengeSettings settings = settings(ChallengeChanges.none()
                .withTransportTypes(Set.of(TransportType.EARTH))
                .withCameraMakes(Set.of(CameraMake.of("GoPro")))
                .withMetric(ChallengeMetric.DISTANCE));
        Challenge challenge = Challenge.create(ID, OWNER, settings, Instant.parse("2024-05-20T08:30:00.123456Z"));
        assertThat(challenge.id()).isEqualTo(ID);
        assertThat(challenge.owner()).isEqualTo(OWNER);
        assertThat(challenge.settings()).isEqualTo(settings);
        assertThat(challenge.name()).isEqualTo(NAME);
        assertThat(challenge.description()).contains(DESCRIPTION);
        assertThat(challenge.area()).isEqualTo(TestChallenges.area());
        assertThat(challenge.window()).isEqualTo(TestChallenges.window());
        assertThat(challenge.transportTypes()).containsExactly(TransportType.EARTH);
        assertThat(challenge.cameraMakes()).containsExactly(CameraMake.of("GoPro"));
        assertThat(challenge.metric()).isEqualTo(ChallengeMetric.DISTANCE);
        assertThat(challenge.createdAt()).isEqualTo(Instant.parse("2024-05-20T08:30:00.123Z"));
        assertThat(challenge).hasToString("Challenge[id=" + ID + ", owner=" + OWNER + ", name=" + NAME + "]");
    }

    @Test
    void isReconstitutedAsStored() {
        Challenge challenge = Challenge.reconstitute(ID, OWNER, settings(), CREATED_AT);
        assertThat(challenge.id()).isEqualTo(ID);
        assertThat(challenge.owner()).isEqualTo(OWNER);
        assertThat(challenge.settings()).isEqualTo(settings());
        assertThat(challenge.createdAt()).isEqualTo(CREATED_AT);
    }

    @Test
    void requiresEveryPart() {
        assertThatThrownBy(() -> Challenge.create(null, OWNER, settings(), CREATED_AT))
                .hasMessage("'id' must not be null");
        assertThatThrownBy(() -> Challenge.create(ID, null, settings(), CREATED_AT))
                .hasMessage("'owner' must not be null");
        assertThatThrownBy(() -> Challenge.create(ID, OWNER, null, CREATED_AT))
                .hasMessage("'settings' must not be null");
        assertThatThrownBy(() -> Challenge.reconstitute(ID, OWNER, settings(), null))
                .hasMessage("'created_at' must not be null");
    }

    @Test
    void theOwnerMayEdit() {
        Challenge challenge = TestChallenges.challenge();
        challenge.edit(OWNER, ChallengeChanges.none().withName("Autumn").withMetric(ChallengeMetric.DISTANCE));
        assertThat(challenge.name()).isEqualTo("Autumn");
        assertThat(challenge.metric()).isEqualTo(ChallengeMetric.DISTANCE);
        assertThat(challenge.description()).contains(DESCRIPTION);
    }

    @Test
    void anyoneElseMayNotEditAndNothingChanges() {
        Challenge challenge = TestChallenges.challenge();
        assertThatThrownBy(() ->
                        challenge.edit(SOMEONE_ELSE, ChallengeChanges.none().withName("Mine now")))
                .isInstanceOf(NotOwnerException.class)
                .hasFieldOrPropertyWithValue("itemKind", "challenge")
                .hasMessage("only the owner of this challenge may change it");
        assertThatThrownBy(() -> challenge.edit(null, ChallengeChanges.none().withName("Mine now")))
                .isInstanceOf(NotOwnerException.class);
        assertThat(challenge.settings()).isEqualTo(settings());
    }

    @Test
    void aRejectedEditChangesNothing() {
        Challenge challenge = TestChallenges.challenge();
        assertThatThrownBy(() -> challenge.edit(
                        OWNER,
                        ChallengeChanges.none()
                                .withMetric(ChallengeMetric.DISTANCE)
                                .withName("")))
                .hasMessage("'name' must have 1 to 100 characters, had 0");
        assertThatThrownBy(() -> challenge.edit(OWNER, null)).hasMessage("'changes' must not be null");
        assertThat(challenge.settings()).isEqualTo(settings());
    }

    @Test
    void onlyTheOwnerPassesTheOwnerCheck() {
        Challenge challenge = TestChallenges.challenge();
        challenge.requireOwner(OWNER);
        assertThat(challenge.isOwnedBy(OWNER)).isTrue();
        assertThat(challenge.isOwnedBy(SOMEONE_ELSE)).isFalse();
        assertThatThrownBy(() -> challenge.requireOwner(SOMEONE_ELSE))
                .isInstanceOf(NotOwnerException.class)
                .satisfies(e -> assertThat(((NotOwnerException) e).code()).isEqualTo("forbidden"));
    }
}
