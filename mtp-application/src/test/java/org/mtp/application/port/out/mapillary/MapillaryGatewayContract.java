package org.mtp.application.port.out.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.TimeRange;

/**
 * Contract of {@link MapillaryGateway}: every implementation (the in-memory fake, the HTTP client against a fake
 * server) must pass these same assertions. Subclasses only build a fresh world and a gateway talking to it.
 */
public abstract class MapillaryGatewayContract {

    protected static final MapillaryUser WALKER =
            new MapillaryUser(MapillaryUserId.of("100000000000001"), "synth_walker");
    protected static final MapillaryToken WALKER_TOKEN = MapillaryToken.of("MLYsynthUserToken0001");
    protected static final MapillaryUser RIDER =
            new MapillaryUser(MapillaryUserId.of("100000000000002"), "synth_rider");
    protected static final MapillaryToken RIDER_TOKEN = MapillaryToken.of("MLYsynthUserToken0002");
    protected static final Instant T0 = Instant.parse("2020-05-01T08:00:00Z");
    protected static final TimeRange MAY_2020 =
            TimeRange.of(Instant.parse("2020-05-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z"));

    private MapillaryWorld world;
    private MapillaryGateway gateway;

    /** A new, empty Mapillary for one test. */
    protected abstract MapillaryWorld newWorld();

    /** The implementation under test, talking to {@code world}. */
    protected abstract MapillaryGateway gatewayFor(MapillaryWorld world);

    @BeforeEach
    void seedUsers() {
        world = newWorld();
        gateway = gatewayFor(world);
        world.addUser(WALKER, WALKER_TOKEN);
        world.addUser(RIDER, RIDER_TOKEN);
    }

    @Test
    void verifyToken_returnsTheAccountTheTokenBelongsTo() {
        assertThat(gateway.verifyToken(WALKER_TOKEN)).isEqualTo(WALKER);
        assertThat(gateway.verifyToken(RIDER_TOKEN)).isEqualTo(RIDER);
    }

    @Test
    void verifyToken_withAnUnknownToken_failsAsInvalidToken() {
        assertThatThrownBy(() -> gateway.verifyToken(MapillaryToken.of("MLYnobodysToken")))
                .isInstanceOf(MapillaryException.InvalidToken.class);
    }

    @Test
    void aRevokedToken_failsAsInvalidTokenOnEveryCall() {
        world.addSequence(sequence("synthSeqKey00000000001", WALKER, T0, 3));
        world.revoke(WALKER_TOKEN);

        assertThatThrownBy(() -> gateway.verifyToken(WALKER_TOKEN)).isInstanceOf(MapillaryException.InvalidToken.class);
        assertThatThrownBy(() -> gateway.listSequences(WALKER_TOKEN, WALKER, MAY_2020))
                .isInstanceOf(MapillaryException.InvalidToken.class);
        assertThatThrownBy(() -> gateway.fetchSequence(WALKER_TOKEN, MapillarySequenceKey.of("synthSeqKey00000000001")))
                .isInstanceOf(MapillaryException.InvalidToken.class);
    }

    @Test
    void listSequences_returnsOneSummaryPerSequence_orderedByFirstCapture() {
        world.addSequence(sequence("synthSeqKeyLater000002", WALKER, T0.plusSeconds(7200), 4));
        world.addSequence(new MapillarySequence(
                MapillarySequenceKey.of("synthSeqKeyEarly000001"),
                WALKER,
                CameraMake.of("SynthCam"),
                CameraModel.of("S1"),
                true,
                null,
                null,
                photos("e", T0, 3)));

        List<MapillarySequenceSummary> summaries = gateway.listSequences(WALKER_TOKEN, WALKER, MAY_2020);

        assertThat(summaries)
                .extracting(s -> s.key().value())
                .containsExactly("synthSeqKeyEarly000001", "synthSeqKeyLater000002");
        MapillarySequenceSummary early = summaries.get(0);
        assertThat(early.capturedAt()).isEqualTo(T0);
        assertThat(early.photoCount()).isEqualTo(3);
        assertThat(early.firstPoint()).isEqualTo(GeoPoint.of(10.0, 50.0));
        assertThat(early.cameraMake()).isEqualTo(CameraMake.of("SynthCam"));
        assertThat(early.cameraModel()).isEqualTo(CameraModel.of("S1"));
        assertThat(early.pano()).isTrue();
        MapillarySequenceSummary later = summaries.get(1);
        assertThat(later.photoCount()).isEqualTo(4);
        assertThat(later.cameraMake()).isNull();
        assertThat(later.cameraModel()).isNull();
        assertThat(later.pano()).isFalse();
    }

    @Test
    void listSequences_countsOnlyThePhotosInsideTheHalfOpenWindow() {
        Instant from = MAY_2020.from();
        Instant to = MAY_2020.to();
        List<Photo> photos = List.of(
                photo("before", from.minusMillis(1), 0),
                photo("atstart", from, 1),
                photo("inside", from.plusSeconds(60), 2),
                photo("atend", to, 3));
        world.addSequence(new MapillarySequence(
                MapillarySequenceKey.of("synthSeqKeyEdges000001"), WALKER, null, null, false, null, null, photos));

        List<MapillarySequenceSummary> summaries = gateway.listSequences(WALKER_TOKEN, WALKER, MAY_2020);

        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.photoCount()).isEqualTo(2);
            assertThat(s.capturedAt()).isEqualTo(from);
            assertThat(s.firstPoint()).isEqualTo(GeoPoint.of(10.0, 50.0));
        });
    }

    @Test
    void listSequences_leavesOutOtherAccountsAndOtherTimes() {
        world.addSequence(sequence("synthSeqKeyRider000001", RIDER, T0, 2));
        world.addSequence(sequence("synthSeqKeyJune0000001", WALKER, Instant.parse("2020-06-02T00:00:00Z"), 2));

        assertThat(gateway.listSequences(WALKER_TOKEN, WALKER, MAY_2020)).isEmpty();
    }

    @Test
    void fetchSequence_returnsEveryPhotoInCaptureOrder_withTheOwner() {
        List<Photo> shuffled = new ArrayList<>(photos("f", T0, 5));
        Collections.reverse(shuffled);
        world.addSequence(new MapillarySequence(
                MapillarySequenceKey.of("synthSeqKeyFetch000001"),
                WALKER,
                CameraMake.of("SynthCam"),
                CameraModel.of("S1"),
                true,
                null,
                null,
                shuffled));

        MapillarySequence fetched =
                gateway.fetchSequence(WALKER_TOKEN, MapillarySequenceKey.of("synthSeqKeyFetch000001"));

        assertThat(fetched.key().value()).isEqualTo("synthSeqKeyFetch000001");
        assertThat(fetched.owner()).isEqualTo(WALKER);
        assertThat(fetched.cameraMake()).isEqualTo(CameraMake.of("SynthCam"));
        assertThat(fetched.cameraModel()).isEqualTo(CameraModel.of("S1"));
        assertThat(fetched.pano()).isTrue();
        assertThat(fetched.capturedAt()).isEqualTo(T0);
        assertThat(fetched.photos()).containsExactlyElementsOf(photos("f", T0, 5));
    }

    @Test
    void fetchSequence_ofAnotherAccount_returnsItsRealOwner_soTheCallerCanRefuseIt() {
        world.addSequence(sequence("synthSeqKeyRider000001", RIDER, T0, 2));

        MapillarySequence fetched =
                gateway.fetchSequence(WALKER_TOKEN, MapillarySequenceKey.of("synthSeqKeyRider000001"));

        assertThat(fetched.owner()).isEqualTo(RIDER);
        assertThat(fetched.owner().sameAccount(WALKER)).isFalse();
    }

    @Test
    void fetchSequence_ofAnUnknownKey_failsAsNotFound() {
        assertThatThrownBy(() -> gateway.fetchSequence(WALKER_TOKEN, MapillarySequenceKey.of("synthSeqKeyMissing0001")))
                .isInstanceOf(MapillaryException.NotFound.class);
    }

    @Test
    void fetchThumbnail_withTheAppToken_returnsTheImagesJpeg() {
        world.addSequence(sequence("synthSeqKeyThumb000001", WALKER, T0, 2));
        ImageKey image = ImageKey.of("001img1");

        MapillaryThumbnail thumbnail = gateway.fetchThumbnail(world.appToken(), image);

        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        assertThat(thumbnail.bytes()).isEqualTo(MapillaryWorld.syntheticThumbnail(image));
    }

    @Test
    void fetchThumbnail_ofAnUnknownImage_failsAsNotFound() {
        assertThatThrownBy(() -> gateway.fetchThumbnail(world.appToken(), ImageKey.of("unknownImage1")))
                .isInstanceOf(MapillaryException.NotFound.class);
    }

    @Test
    void fetchThumbnail_withAnUnknownToken_failsAsInvalidToken() {
        world.addSequence(sequence("synthSeqKeyThumb000001", WALKER, T0, 2));

        assertThatThrownBy(() -> gateway.fetchThumbnail(MapillaryToken.of("MLY|0|nobody"), ImageKey.of("001img1")))
                .isInstanceOf(MapillaryException.InvalidToken.class);
    }

    /** A sequence of {@code count} photos two seconds apart, no camera, flat. */
    protected static MapillarySequence sequence(String key, MapillaryUser owner, Instant start, int count) {
        return new MapillarySequence(
                MapillarySequenceKey.of(key),
                owner,
                null,
                null,
                false,
                null,
                null,
                photos(key.substring(key.length() - 3), start, count));
    }

    /** {@code count} photos two seconds apart, walking east from (10.0, 50.0), with distinct ids. */
    protected static List<Photo> photos(String prefix, Instant start, int count) {
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            photos.add(Photo.of(
                    ImageKey.of(prefix + "img" + i),
                    GeoPoint.of(10.0 + i * 0.001, 50.0),
                    CompassAngle.of(90.0),
                    start.plusSeconds(2L * i)));
        }
        return photos;
    }

    private static Photo photo(String id, Instant at, int step) {
        return Photo.of(ImageKey.of(id), GeoPoint.of(10.0 + (step - 1) * 0.001, 50.0), CompassAngle.of(45.5), at);
    }
}
