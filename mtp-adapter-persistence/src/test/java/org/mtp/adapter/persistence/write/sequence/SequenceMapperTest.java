package org.mtp.adapter.persistence.write.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.persistence.write.leaderboard.SequenceShare;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.transport.TransportType;

/** Entity and domain mapping of sequences and photos, without a database: every field there and back. */
class SequenceMapperTest {

    private static final Instant T = Instant.parse("2024-03-03T03:03:03.333Z");

    /** Sequences are equal by id: compare what a caller sees. */
    private static List<Object> fieldsOf(Sequence s) {
        return List.of(
                s.id(),
                s.owner(),
                s.draftedAt(),
                s.details(),
                s.links(),
                s.status(),
                s.mapillary(),
                s.importedAt(),
                s.distance(),
                s.bounds());
    }

    private static Sequence roundTrip(Sequence s) {
        SequenceJpaEntity entity = SequenceMapper.toJpaEntity(s);
        List<Photo> photos = SequenceMapper.toPhotoEntities(s).stream()
                .map(SequenceMapper::toPhoto)
                .toList();
        return SequenceMapper.toModelEntity(entity, photos);
    }

    @Test
    void aDraftMapsToARowAndBack() {
        Sequence draft = TestSequences.aSequence()
                .name("Ridge")
                .description("<script>x</script>")
                .transport(TransportType.SNOWSHOE)
                .tags("ridge,winter")
                .buildDraft();
        draft.attachLinks(draft.owner(), new SequenceLinks("https://example.org/sv", "42"));

        SequenceJpaEntity entity = SequenceMapper.toJpaEntity(draft);

        assertThat(entity.isPublished()).isFalse();
        assertThat(entity.getTransportParent()).isEqualTo("SNOW");
        assertThat(entity.getMapillarySequenceKey()).isNull();
        assertThat(entity.getPhotosFrom()).isNull();
        assertThat(fieldsOf(roundTrip(draft))).isEqualTo(fieldsOf(draft));
    }

    @Test
    void aPublishedSequenceMapsItsMapillaryDataFiguresAndCaptureSpan() {
        Sequence published = TestSequences.aSequence()
                .owner(TestUsers.bob())
                .transport(TransportType.CANOE)
                .camera("GoPro", "HERO9 Black")
                .pano(true)
                .createdAt(T.minusSeconds(10))
                .capturedAt(T)
                .photos(
                        new Photo(ImageKey.of("a"), GeoPoint.of(5, 5), CompassAngle.of(12.5), T.plusSeconds(30)),
                        TestPhotos.photo("b", 5.1, 5.2),
                        new Photo(ImageKey.of("c"), GeoPoint.of(4.9, 5.3), null, T.minusSeconds(5)))
                .build();

        SequenceJpaEntity entity = SequenceMapper.toJpaEntity(published);

        assertThat(entity.isPublished()).isTrue();
        assertThat(entity.getCameraMakeKey()).isEqualTo("gopro");
        assertThat(entity.getCameraModelKey()).isEqualTo("hero9 black");
        assertThat(entity.getDistanceMetres()).isEqualTo(published.distance().metres());
        assertThat(List.of(entity.getMinLon(), entity.getMinLat(), entity.getMaxLon(), entity.getMaxLat()))
                .containsExactly(4.9, 5.0, 5.1, 5.3);
        assertThat(entity.getPhotosFrom()).isEqualTo(T.minusSeconds(5));
        assertThat(entity.getPhotosTo()).isEqualTo(T.plusSeconds(30));
        assertThat(fieldsOf(roundTrip(published))).isEqualTo(fieldsOf(published));
    }

    @Test
    void photosWithAndWithoutAngleAndTimeMapToRowsAndBack() {
        UUID sequence = UUID.randomUUID();
        for (Photo photo : List.of(
                new Photo(ImageKey.of("k1"), GeoPoint.of(-180, 90), CompassAngle.of(0), T),
                new Photo(ImageKey.of("k2"), GeoPoint.of(180, -90), CompassAngle.of(359.999_999), null),
                new Photo(ImageKey.of("k3"), GeoPoint.of(0.123_456_789, 1e-9), null, T),
                new Photo(ImageKey.of("k4"), GeoPoint.of(1, 1), null, null))) {
            PhotoJpaEntity row = SequenceMapper.toPhotoEntity(sequence, 7, photo);

            assertThat(row.getId()).isEqualTo(new PhotoJpaId(sequence, 7));
            assertThat(SequenceMapper.toPhoto(row)).isEqualTo(photo);
        }
    }

    @Test
    void aPhotoTrackPacksEveryPhotoExactly() {
        List<Photo> photos = List.of(
                new Photo(ImageKey.of("a-1_Z"), GeoPoint.of(-180, 90), CompassAngle.of(0), T),
                new Photo(ImageKey.of("x".repeat(100)), GeoPoint.of(179.999_999_999, -89.5), null, null),
                new Photo(ImageKey.of("3"), GeoPoint.of(0.1, 0.2), CompassAngle.of(359.999), Instant.ofEpochMilli(-1)));

        assertThat(PhotoTrack.decode(PhotoTrack.encode(photos))).isEqualTo(photos);
        assertThat(PhotoTrack.decode(PhotoTrack.encode(List.of()))).isEmpty();
    }

    @Test
    void aSequenceWhosePhotosHaveNoTimeHasNoCaptureSpanAndCountsForAllTimeOnly() {
        Sequence timeless = TestSequences.aSequence()
                .photos(TestPhotos.photo("x", 1, 1), TestPhotos.photo("y", 2, 2))
                .build();

        SequenceJpaEntity entity = SequenceMapper.toJpaEntity(timeless);
        SequenceShare share = SequenceShare.of(timeless.boardShare().orElseThrow(), 4);

        assertThat(entity.getCapturedAt()).isNull();
        assertThat(entity.getPhotosFrom()).isNull();
        assertThat(entity.getPhotosTo()).isNull();
        assertThat(share.capturedAt()).isNull();
        assertThat(share.viewpoints()).isEqualTo(4);
        assertThat(fieldsOf(roundTrip(timeless))).isEqualTo(fieldsOf(timeless));
    }

    @Test
    void anUnknownCameraHasNoKeysAndTheShareUsesTheEmptyKey() {
        Sequence noCamera = TestSequences.aSequence().camera(null, null).build();

        SequenceJpaEntity entity = SequenceMapper.toJpaEntity(noCamera);

        assertThat(Optional.ofNullable(entity.getCameraMake())).isEmpty();
        assertThat(entity.getCameraMakeKey()).isNull();
        assertThat(SequenceShare.of(noCamera.boardShare().orElseThrow(), 0).cameraMakeKey())
                .isEqualTo(SequenceShare.UNKNOWN_CAMERA);
        assertThat(fieldsOf(roundTrip(noCamera))).isEqualTo(fieldsOf(noCamera));
    }
}
