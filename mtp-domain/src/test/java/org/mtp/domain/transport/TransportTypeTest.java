package org.mtp.domain.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.transport.TransportType.AIR;
import static org.mtp.domain.transport.TransportType.BICYCLE;
import static org.mtp.domain.transport.TransportType.EARTH;
import static org.mtp.domain.transport.TransportType.OTHER;
import static org.mtp.domain.transport.TransportType.SNOW;
import static org.mtp.domain.transport.TransportType.SWIM;
import static org.mtp.domain.transport.TransportType.WALK;
import static org.mtp.domain.transport.TransportType.WATER;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: The transport catalogue: five parents, 38 children, lookup by name, and the filter rule. */
class TransportTypeTest {

    @Test
    void catalogueHasFiveParentsInOrder() {
        assertThat(TransportType.parents()).containsExactly(EARTH, SNOW, WATER, AIR, OTHER);
        assertThat(TransportType.parents()).allMatch(TransportType::isParent);
    }

    @Test
    void catalogueHas38Children() {
        assertThat(TransportType.values()).hasSize(43);
        assertThat(Arrays.stream(TransportType.values()).filter(t -> !t.isParent()))
                .hasSize(38);
    }

    @ParameterizedTest
    @CsvSource({"EARTH, 11", "SNOW, 5", "WATER, 12", "AIR, 9", "OTHER, 1"})
    void eachParentHasItsChildren(TransportType parent, int children) {
        assertThat(parent.children()).hasSize(children).allMatch(c -> c.parent().orElseThrow() == parent);
    }

    @Test
    void childrenAreListedInCatalogueOrder() {
        assertThat(SNOW.children())
                .extracting(TransportType::displayName)
                .containsExactly("Ski", "Snowboard", "Snowshoe", "Ice Skating", "Snowmobile");
        assertThat(OTHER.children()).extracting(TransportType::displayName).containsExactly("Unlisted");
    }

    @Test
    void aChildHasNoChildren() {
        assertThat(WALK.children()).isEmpty();
    }

    @ParameterizedTest(name = "{0} under {1}, Strava {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "Earth, -, -",
                "Bicycle, Earth, Ride",
                "Walk, Earth, Walk",
                "Scooter, Earth, Workout",
                "Skateboard, Earth, Skateboard",
                "Rollerskate, Earth, InlineSkate",
                "Rock Climbing, Earth, RockClimbing",
                "Wheelchair, Earth, -",
                "Car, Earth, -",
                "Electric Car, Earth, -",
                "Electric Bicycle, Earth, EBikeRide",
                "Electric Scooter, Earth, -",
                "Snow, -, -",
                "Ski, Snow, NordicSki",
                "Snowboard, Snow, Snowboard",
                "Snowshoe, Snow, Snowshoe",
                "Ice Skating, Snow, IceSkate",
                "Snowmobile, Snow, -",
                "Water, -, -",
                "Swim, Water, Swim",
                "Paddleboard, Water, StandUpPaddling",
                "Scuba Dive, Water, Workout",
                "Surf, Water, Surfing",
                "Windsurf, Water, Windsurf",
                "Kiteboard, Water, Kitesurf",
                "Canoe, Water, Canoeing",
                "Freedive, Water, Workout",
                "Kayak, Water, Kayaking",
                "Row, Water, Rowing",
                "Sail, Water, Sail",
                "Boat, Water, -",
                "Air, -, -",
                "Parachute, Air, -",
                "Paraglide, Air, -",
                "Hang Glide, Air, -",
                "Wingsuit, Air, -",
                "BASE Jump, Air, -",
                "Glider, Air, -",
                "Plane, Air, -",
                "Helicopter, Air, -",
                "Drone, Air, -",
                "Other, -, -",
                "Unlisted, Other, -"
            })
    void theWholeCatalogue(String name, String parent, String strava) {
        TransportType type = TransportType.fromName("transport_type", name);

        assertThat(type.displayName()).isEqualTo(name);
        assertThat(type).hasToString(name);
        assertThat(type.parent().map(TransportType::displayName).orElse(null)).isEqualTo(parent);
        assertThat(type.isParent()).isEqualTo(parent == null);
        assertThat(type.stravaType().orElse(null)).isEqualTo(strava);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plane", "Helicopter", "Drone"})
    void flyingCraftSitUnderAirNotWater(String name) {
        TransportType type = TransportType.fromName("transport_type", name);

        assertThat(type.family()).isEqualTo(AIR);
        assertThat(WATER.includes(type)).isFalse();
        assertThat(AIR.includes(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"walk", "WALK", "Walk", "  walk ", "\twAlK\n"})
    void lookupIsTrimmedAndCaseInsensitive(String name) {
        assertThat(TransportType.fromName("transport_type", name)).isEqualTo(WALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"water", "WATER", " Water "})
    void parentNamesSelectTheParent(String name) {
        assertThat(TransportType.fromName("transport_type", name)).isEqualTo(WATER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rock climbing",
                "ROCK CLIMBING",
                "rock   climbing",
                "Earth - Rock Climbing",
                "earth-rock climbing",
                "Earth -Rock Climbing",
                "Earth- Rock Climbing"
            })
    void multiWordNamesAndParentChildFormsAreFound(String name) {
        assertThat(TransportType.fromName("transport_type", name)).isEqualTo(TransportType.ROCK_CLIMBING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Earth - Walk", "Earth-Walk", "earth-walk", " EARTH  -  WALK "})
    void parentDashChildFormsAreAccepted(String name) {
        assertThat(TransportType.fromName("transport_type", name)).isEqualTo(WALK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Water - Walk",
                "Water-Walk",
                "Earth-Snow",
                "Walk-Walk",
                "Air - Swim",
                "Earth-",
                "-Walk",
                "Earth-Hovercraft",
                "Hover-Walk"
            })
    void aChildUnderTheWrongParentIsRejected(String name) {
        assertThatThrownBy(() -> TransportType.fromName("transport_type", name))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("transport_type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Powered", "Land", "Powered-Car", "Hovercraft", "", "Walking"})
    void unknownNamesAreRejectedNamingTheFieldAndTheValue(String name) {
        assertThatThrownBy(() -> TransportType.fromName("transport", "  " + name + " "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'transport' is not a known transport type: " + name)
                .extracting("field")
                .isEqualTo("transport");
    }

    @Test
    void nullNameIsRejected() {
        assertThatThrownBy(() -> TransportType.fromName("transport_type", null))
                .extracting("field")
                .isEqualTo("transport_type");
    }

    @Test
    void findIsTheLenientLookup() {
        assertThat(TransportType.find(" swim ")).contains(SWIM);
        assertThat(TransportType.find("Hovercraft")).isEmpty();
        assertThat(TransportType.find(null)).isEmpty();
    }

    @Test
    void aParentIncludesItselfAndItsChildren() {
        assertThat(EARTH.includes(EARTH)).isTrue();
        assertThat(EARTH.includes(WALK)).isTrue();
        assertThat(EARTH.includes(BICYCLE)).isTrue();
        assertThat(EARTH.children()).allMatch(EARTH::includes);
    }

    @Test
    void aParentExcludesOtherFamilies() {
        assertThat(EARTH.includes(SWIM)).isFalse();
        assertThat(EARTH.includes(WATER)).isFalse();
        assertThat(WATER.includes(EARTH)).isFalse();
    }

    @Test
    void aChildIncludesOnlyItself() {
        assertThat(WALK.includes(WALK)).isTrue();
        assertThat(WALK.includes(BICYCLE)).isFalse();
        assertThat(WALK.includes(EARTH)).isFalse();
        assertThat(WALK.includes(SWIM)).isFalse();
    }

    @Test
    void familyIsTheParentOrTheNodeItself() {
        assertThat(WALK.family()).isEqualTo(EARTH);
        assertThat(EARTH.family()).isEqualTo(EARTH);
        assertThat(EARTH.parent()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TransportType.class)
    void mapillaryRefusesOnlyTheAirFamily(TransportType type) {
        assertThat(type.uploadableToMapillary()).isEqualTo(type.family() != AIR);
    }

    @Test
    void airAndItsChildrenAreNotUploadableButOthersAre() {
        assertThat(AIR.uploadableToMapillary()).isFalse();
        assertThat(TransportType.DRONE.uploadableToMapillary()).isFalse();
        assertThat(WATER.uploadableToMapillary()).isTrue();
        assertThat(WALK.uploadableToMapillary()).isTrue();
        assertThat(TransportType.UNLISTED.uploadableToMapillary()).isTrue();
    }
}
