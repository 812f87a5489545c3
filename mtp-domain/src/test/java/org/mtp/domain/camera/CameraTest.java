package org.mtp.domain.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Camera makes and models: trimmed, compared case-insensitively. */
class CameraTest {

    @Test
    void makeIsTrimmedAndKeepsItsCase() {
        CameraMake make = CameraMake.of("  GoPro ");

        assertThat(make.name()).isEqualTo("GoPro");
        assertThat(make).hasToString("GoPro");
        assertThat(make.normalized()).isEqualTo("gopro");
    }

    @Test
    void makesMatchIgnoringCaseAndSurroundingSpace() {
        assertThat(CameraMake.of("GoPro").matches(CameraMake.of(" gopro "))).isTrue();
        assertThat(CameraMake.of("GOPRO").matches(CameraMake.of("GoPro"))).isTrue();
        assertThat(CameraMake.of("GoPro").matches(CameraMake.of("Insta360"))).isFalse();
        assertThat(CameraMake.of("GoPro").matches(null)).isFalse();
    }

    @Test
    void modelIsTrimmedAndMatchesIgnoringCase() {
        CameraModel model = CameraModel.of(" HERO9 Black ");

        assertThat(model.name()).isEqualTo("HERO9 Black");
        assertThat(model).hasToString("HERO9 Black");
        assertThat(model.normalized()).isEqualTo("hero9 black");
        assertThat(model.matches(CameraModel.of("hero9 black"))).isTrue();
        assertThat(model.matches(CameraModel.of("HERO10 Black"))).isFalse();
        assertThat(model.matches(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankNamesAreRejectedNamingTheField(String name) {
        assertThatThrownBy(() -> CameraMake.of(name))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("camera_make");
        assertThatThrownBy(() -> CameraModel.of(name))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("camera_model");
    }

    @Test
    void namesHoldAtMostAHundredCharacters() {
        assertThat(CameraMake.of("m".repeat(100)).name()).hasSize(100);
        assertThat(CameraModel.of("m".repeat(100)).name()).hasSize(100);
        assertThatThrownBy(() -> CameraMake.of("m".repeat(101))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CameraModel.of("m".repeat(101))).isInstanceOf(ValidationException.class);
    }

    @Test
    void nullNamesAreRejected() {
        assertThatThrownBy(() -> CameraMake.of(null)).extracting("field").isEqualTo("camera_make");
        assertThatThrownBy(() -> CameraModel.of(null)).extracting("field").isEqualTo("camera_model");
    }
}
