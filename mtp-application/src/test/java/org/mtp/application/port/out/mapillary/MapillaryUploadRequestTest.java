package org.mtp.application.port.out.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.transport.TransportType;

/** The upload request refuses what Mapillary would refuse, naming the field, before any adapter runs. */
class MapillaryUploadRequestTest {

    private static final List<Path> ONE = List.of(Path.of("0.jpg"));

    @ParameterizedTest
    @EnumSource(
            value = TransportType.class,
            names = {"AIR", "PLANE", "DRONE", "PARAGLIDE"})
    void theAirFamilyIsRefused(TransportType air) {
        assertThatThrownBy(() -> MapillaryUploadRequest.publish(ONE, air, MapillaryProjection.FLAT))
                .isInstanceOfSatisfying(
                        MapillaryException.UploadRejected.class,
                        e -> assertThat(e.field()).isEqualTo("transport_type"));
    }

    @Test
    void otherFamiliesAreAccepted() {
        assertThat(MapillaryUploadRequest.dryRun(ONE, TransportType.BOAT, MapillaryProjection.EQUIRECTANGULAR)
                        .dryRun())
                .isTrue();
    }

    @Test
    void anEmptyImageListIsRefused() {
        assertThatThrownBy(
                        () -> MapillaryUploadRequest.publish(List.of(), TransportType.WALK, MapillaryProjection.FLAT))
                .isInstanceOfSatisfying(
                        MapillaryException.UploadRejected.class,
                        e -> assertThat(e.field()).isEqualTo("images"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flat", "FLAT", " equirectangular "})
    void knownProjectionsParse(String name) {
        assertThat(MapillaryProjection.fromName(name)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fisheye", "cubemap", "spherical"})
    void otherProjectionsAreRefused(String name) {
        assertThatThrownBy(() -> MapillaryProjection.fromName(name))
                .isInstanceOfSatisfying(
                        MapillaryException.UploadRejected.class,
                        e -> assertThat(e.field()).isEqualTo("projection"));
    }
}
