package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.settings;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;

class ChallengeChangesTest {

    @Test
    void noChangesKeepEverything() {
        assertThat(ChallengeChanges.none().applyTo(settings())).isEqualTo(settings());
    }

    @Test
    void eachChangeReplacesOnlyItsOwnSetting() {
        ChallengeSettings before = settings(ChallengeChanges.none()
                .withTransportTypes(Set.of(TransportType.SNOW))
                .withCameraMakes(Set.of(CameraMake.of("Sony"))));
        TimeRange july = TimeRange.ofDates(LocalDate.parse("2024-07-01"), LocalDate.parse("2024-07-31"));

        assertThat(ChallengeChanges.none().withName(" Renamed ").applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        "Renamed",
                        before.description(),
                        before.area(),
                        before.window(),
                        before.filters(),
                        before.metric()));
        assertThat(ChallengeChanges.none().withDescription("New").applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(), "New", before.area(), before.window(), before.filters(), before.metric()));
        assertThat(ChallengeChanges.none()
                        .withArea(TestAreas.rectangle(1, 1, 2, 2))
                        .applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(),
                        before.description(),
                        TestAreas.rectangle(1, 1, 2, 2),
                        before.window(),
                        before.filters(),
                        before.metric()));
        assertThat(ChallengeChanges.none().withWindow(july).applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(), before.description(), before.area(), july, before.filters(), before.metric()));
        assertThat(ChallengeChanges.none()
                        .withTransportTypes(Set.of(TransportType.BICYCLE))
                        .applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(),
                        before.description(),
                        before.area(),
                        before.window(),
                        ChallengeFilters.of(Set.of(TransportType.BICYCLE), Set.of(CameraMake.of("Sony"))),
                        before.metric()));
        assertThat(ChallengeChanges.none()
                        .withCameraMakes(Set.of(CameraMake.of("GoPro")))
                        .applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(),
                        before.description(),
                        before.area(),
                        before.window(),
                        ChallengeFilters.of(Set.of(TransportType.SNOW), Set.of(CameraMake.of("GoPro"))),
                        before.metric()));
        assertThat(ChallengeChanges.none().withMetric(ChallengeMetric.DISTANCE).applyTo(before))
                .isEqualTo(new ChallengeSettings(
                        before.name(),
                        before.description(),
                        before.area(),
                        before.window(),
                        before.filters(),
                        ChallengeMetric.DISTANCE));
    }

    @Test
    void changesCombine() {
        ChallengeSettings after = ChallengeChanges.none()
                .withName("A")
                .withMetric(ChallengeMetric.DISTANCE)
                .withoutDescription()
                .applyTo(settings());
        assertThat(after.name()).isEqualTo("A");
        assertThat(after.metric()).isEqualTo(ChallengeMetric.DISTANCE);
        assertThat(after.optionalDescription()).isEmpty();
        assertThat(after.area()).isEqualTo(settings().area());
    }

    @Test
    void emptyFilterSetsAdmitEverythingAgain() {
        ChallengeSettings filtered = settings(ChallengeChanges.none()
                .withTransportTypes(Set.of(TransportType.SNOW))
                .withCameraMakes(Set.of(CameraMake.of("Sony"))));
        ChallengeSettings cleared = ChallengeChanges.none()
                .withTransportTypes(Set.of())
                .withCameraMakes(Set.of())
                .applyTo(filtered);
        assertThat(cleared.filters()).isEqualTo(ChallengeFilters.NONE);
    }

    @Test
    void anInvalidResultIsRejected() {
        assertThatThrownBy(() -> ChallengeChanges.none().withName(" ").applyTo(settings()))
                .hasMessage("'name' must have 1 to 100 characters, had 0");
    }

    @Test
    void keepsASnapshotOfTheGivenSets() {
        Set<CameraMake> makes = new LinkedHashSet<>(List.of(CameraMake.of("GoPro"), CameraMake.of("Sony")));
        ChallengeChanges changes = ChallengeChanges.none().withCameraMakes(makes);
        makes.clear();
        assertThat(changes.cameraMakes()).containsExactly(CameraMake.of("GoPro"), CameraMake.of("Sony"));
        assertThat(ChallengeChanges.none().transportTypes()).isNull();
    }
}
