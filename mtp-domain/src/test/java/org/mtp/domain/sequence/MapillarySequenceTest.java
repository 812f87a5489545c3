package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestPhotos.photo;
import static org.mtp.domain.TestPhotos.photoAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.ValidationException;

/** Tests: Mapillary data: at least one photo, no key twice, capture time from the first photo. */
class MapillarySequenceTest {

    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("seqKey1");
    private static final MapillaryUser OWNER = new MapillaryUser(MapillaryUserId.of("104"), "alice_mly");
    private static final Instant FIRST = Instant.parse("2024-05-01T08:00:00Z");

    private static MapillarySequence of(Instant capturedAt, List<Photo> photos) {
        return new MapillarySequence(
                KEY, OWNER, CameraMake.of("GoPro"), CameraModel.of("HERO9"), false, null, capturedAt, photos);
    }

    @Test
    void capturedAtDefaultsToTheFirstPhotos() {
        MapillarySequence s = of(null, List.of(photoAt("a", 0, 0, FIRST), photoAt("b", 0, 1, FIRST.plusSeconds(5))));

        assertThat(s.capturedAt()).isEqualTo(FIRST);
    }

    @Test
    void anExplicitCaptureTimeWins() {
        Instant given = FIRST.minusSeconds(60);

        assertThat(of(given, List.of(photoAt("a", 0, 0, FIRST))).capturedAt()).isEqualTo(given);
    }

    @Test
    void captureTimeMayBeUnknown() {
        assertThat(of(null, List.of(photo("a", 0, 0))).capturedAt()).isNull();
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        MapillarySequence s = new MapillarySequence(
                KEY,
                OWNER,
                null,
                null,
                true,
                FIRST.plusNanos(1_500_000),
                FIRST.plusNanos(2_500_000),
                List.of(photo("a", 0, 0)));

        assertThat(s.createdAt()).isEqualTo(FIRST.plusMillis(1));
        assertThat(s.capturedAt()).isEqualTo(FIRST.plusMillis(2));
        assertThat(s.pano()).isTrue();
        assertThat(s.cameraMake()).isNull();
    }

    @Test
    void atLeastOnePhotoIsRequired() {
        assertThatThrownBy(() -> of(FIRST, List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'photos' a Mapillary sequence must have at least one photo");
        assertThatThrownBy(() -> of(FIRST, null)).extracting("field").isEqualTo("photos");
    }

    @Test
    void aPhotoKeyMayAppearOnlyOnce() {
        assertThatThrownBy(() -> of(FIRST, List.of(photo("a", 0, 0), photo("b", 0, 1), photo("a", 0, 2))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'photos' image key a appears twice");
    }

    @Test
    void photosAreCopiedInOrder() {
        List<Photo> given = new ArrayList<>(List.of(photo("b", 0, 0), photo("a", 0, 1)));
        MapillarySequence s = of(FIRST, given);
        given.clear();

        assertThat(s.photos()).extracting(p -> p.key().value()).containsExactly("b", "a");
        assertThatThrownBy(() -> s.photos().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void twentyThousandPhotosIsTheMaximum() {
        List<Photo> most =
                IntStream.range(0, 20_000).mapToObj(i -> photo("p" + i, 0, 0)).toList();
        List<Photo> tooMany = new ArrayList<>(most);
        tooMany.add(photo("extra", 0, 0));

        assertThat(of(FIRST, most).photos()).hasSize(20_000);
        assertThatThrownBy(() -> of(FIRST, tooMany))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'photos' must not hold more than 20000 photos");
    }

    @Test
    void keyAndOwnerAreRequired() {
        List<Photo> photos = List.of(photo("a", 0, 0));

        assertThatThrownBy(() -> new MapillarySequence(null, OWNER, null, null, false, null, null, photos))
                .extracting("field")
                .isEqualTo("mapillary_sequence_key");
        assertThatThrownBy(() -> new MapillarySequence(KEY, null, null, null, false, null, null, photos))
                .extracting("field")
                .isEqualTo("owner");
    }

    @Test
    void mapillaryAccountsAreTheSameByIdWhateverTheUsername() {
        MapillaryUser renamed = new MapillaryUser(MapillaryUserId.of("104"), "alice_new");
        MapillaryUser other = new MapillaryUser(MapillaryUserId.of("105"), "alice_mly");

        assertThat(OWNER.sameAccount(renamed)).isTrue();
        assertThat(OWNER.sameAccount(other)).isFalse();
        assertThat(OWNER.sameAccount(null)).isFalse();
    }

    @Test
    void mapillaryUsernameIsOneToAHundredCharacters() {
        MapillaryUserId id = MapillaryUserId.of("104");

        assertThat(new MapillaryUser(id, "x").username()).isEqualTo("x");
        assertThat(new MapillaryUser(id, "x".repeat(100)).username()).hasSize(100);
        assertThatThrownBy(() -> new MapillaryUser(id, "")).extracting("field").isEqualTo("mapillary_username");
        assertThatThrownBy(() -> new MapillaryUser(id, "x".repeat(101)))
                .extracting("field")
                .isEqualTo("mapillary_username");
        assertThatThrownBy(() -> new MapillaryUser(null, "x"))
                .extracting("field")
                .isEqualTo("mapillary_user_id");
    }
}
