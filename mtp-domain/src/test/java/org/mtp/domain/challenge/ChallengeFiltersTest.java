package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.transport.TransportType;

class ChallengeFiltersTest {

    private static Set<CameraMake> makes(String... names) {
        return Arrays.stream(names).map(CameraMake::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @ParameterizedTest
    @EnumSource(TransportType.class)
    void noFiltersAdmitEverything(TransportType type) {
        assertThat(ChallengeFilters.NONE.admits(type, CameraMake.of("Anything")))
                .isTrue();
        assertThat(ChallengeFilters.NONE.admits(type, null)).isTrue();
    }

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource({
        "EARTH, EARTH, true",
        "EARTH, BICYCLE, true",
        "EARTH, WALK, true",
        "EARTH, ELECTRIC_SCOOTER, true",
        "EARTH, SKI, false",
        "EARTH, SNOW, false",
        "BICYCLE, BICYCLE, true",
        "BICYCLE, WALK, false",
        "BICYCLE, ELECTRIC_BICYCLE, false",
        "BICYCLE, EARTH, false",
        "WATER, KAYAK, true",
        "WATER, DRONE, false",
    })
    void aParentAdmitsItsChildrenAndAChildOnlyItself(TransportType filter, TransportType sequence, boolean expected) {
        ChallengeFilters filters = ChallengeFilters.of(Set.of(filter), Set.of());
        assertThat(filters.admitsTransport(sequence)).isEqualTo(expected);
        assertThat(filters.admits(sequence, null)).isEqualTo(expected);
    }

    @Test
    void anyOfSeveralTransportTypesAdmits() {
        ChallengeFilters filters = ChallengeFilters.of(EnumSet.of(TransportType.SNOW, TransportType.BICYCLE), Set.of());
        assertThat(filters.admitsTransport(TransportType.SKI)).isTrue();
        assertThat(filters.admitsTransport(TransportType.BICYCLE)).isTrue();
        assertThat(filters.admitsTransport(TransportType.WALK)).isFalse();
    }

    @ParameterizedTest(name = "GoPro/Sony admit \"{0}\": {1}")
    @CsvSource({
        "GoPro, true",
        "gopro, true",
        "GOPRO, true",
        "' goPro ', true",
        "sony, true",
        "Garmin, false",
        "GoPro2, false"
    })
    void cameraMakesMatchIgnoringCase(String make, boolean expected) {
        ChallengeFilters filters = ChallengeFilters.of(Set.of(), makes("GoPro", "Sony"));
        assertThat(filters.admitsCamera(CameraMake.of(make))).isEqualTo(expected);
        assertThat(filters.admits(TransportType.WALK, CameraMake.of(make))).isEqualTo(expected);
    }

    @Test
    void anUnknownMakePassesOnlyWithoutAMakeFilter() {
        assertThat(ChallengeFilters.of(Set.of(), makes("GoPro")).admitsCamera(null))
                .isFalse();
        assertThat(ChallengeFilters.NONE.admitsCamera(null)).isTrue();
    }

    @Test
    void bothFiltersMustAdmit() {
        ChallengeFilters filters = ChallengeFilters.of(Set.of(TransportType.EARTH), makes("GoPro"));
        assertThat(filters.admits(TransportType.WALK, CameraMake.of("gopro"))).isTrue();
        assertThat(filters.admits(TransportType.SKI, CameraMake.of("gopro"))).isFalse();
        assertThat(filters.admits(TransportType.WALK, CameraMake.of("Sony"))).isFalse();
    }

    @Test
    void makesDifferingOnlyInCaseCollapseToTheFirstSpelling() {
        ChallengeFilters filters = ChallengeFilters.of(Set.of(), makes("GoPro", "Sony", "GOPRO", "gopro "));
        assertThat(filters.cameraMakes()).containsExactly(CameraMake.of("GoPro"), CameraMake.of("Sony"));
    }

    @Test
    void holdsAtMostTheLimitOfCameraMakes() {
        Set<CameraMake> atLimit = IntStream.range(0, Limits.CHALLENGE_FILTER_VALUES_MAX)
                .mapToObj(i -> CameraMake.of("Make" + i))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(ChallengeFilters.of(Set.of(), atLimit).cameraMakes()).hasSize(50);
        Set<CameraMake> withDuplicate = new LinkedHashSet<>(atLimit);
        withDuplicate.add(CameraMake.of("MAKE0"));
        assertThat(ChallengeFilters.of(Set.of(), withDuplicate).cameraMakes()).hasSize(50);
        Set<CameraMake> overLimit = new LinkedHashSet<>(atLimit);
        overLimit.add(CameraMake.of("One more"));
        assertThatThrownBy(() -> ChallengeFilters.of(Set.of(), overLimit))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'camera_makes' must hold at most 50 makes, had 51");
    }

    @Test
    void keepsTransportTypesInCatalogueOrderAndCopiesBothSets() {
        Set<TransportType> types =
                new HashSet<>(List.of(TransportType.SKI, TransportType.EARTH, TransportType.BICYCLE));
        Set<CameraMake> cameraMakes = makes("GoPro");
        ChallengeFilters filters = ChallengeFilters.of(types, cameraMakes);
        types.clear();
        cameraMakes.clear();
        assertThat(filters.transportTypes())
                .containsExactly(TransportType.EARTH, TransportType.BICYCLE, TransportType.SKI);
        assertThat(filters.cameraMakes()).containsExactly(CameraMake.of("GoPro"));
        assertThatThrownBy(() -> filters.transportTypes().add(TransportType.WALK))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> filters.cameraMakes().add(CameraMake.of("Sony")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsMissingValues() {
        assertThatThrownBy(() -> ChallengeFilters.of(null, Set.of())).hasMessage("'transport_types' must not be null");
        assertThatThrownBy(() -> ChallengeFilters.of(Set.of(), null)).hasMessage("'camera_makes' must not be null");
        assertThatThrownBy(() -> ChallengeFilters.of(new HashSet<>(Arrays.asList(TransportType.WALK, null)), Set.of()))
                .hasMessage("'transport_types' must not be null");
        assertThatThrownBy(() -> ChallengeFilters.of(Set.of(), new HashSet<>(Arrays.asList(CameraMake.of("x"), null))))
                .hasMessage("'camera_makes' must not be null");
    }
}
