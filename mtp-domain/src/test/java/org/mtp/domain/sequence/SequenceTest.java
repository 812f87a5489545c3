package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestPhotos.photo;
import static org.mtp.domain.TestPhotos.photoAt;
import static org.mtp.domain.TestSequences.aSequence;
import static org.mtp.domain.TestSequences.mapillarySequence;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.viewpoint.Viewpoint;

/** Tests: The Sequence aggregate: draft, publishing, links, ownership, likes, viewpoints and derived figures. */
class SequenceTest {

    private static final Instant AT = Instant.parse("2024-05-03T09:00:00Z");
    private static final MapillarySequence ALICES_TRACK =
            mapillarySequence("mlyA", alice(), GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2));

    @Nested
    class ADraft {

        private final Sequence draft =
                aSequence().owner(alice()).name("Morning ride").buildDraft();

        @Test
        void holdsMetadataOnly() {
            assertThat(draft.status()).isEqualTo(SequenceStatus.DRAFT);
            assertThat(draft.isPublished()).isFalse();
            assertThat(draft.owner()).isEqualTo(alice());
            assertThat(draft.details().name()).isEqualTo("Morning ride");
            assertThat(draft.draftedAt()).isEqualTo(TestSequences.DRAFTED);
            assertThat(draft.links()).isEqualTo(SequenceLinks.NONE);
            assertThat(draft.mapillary()).isEmpty();
            assertThat(draft.mapillaryKey()).isEmpty();
            assertThat(draft.importedAt()).isEmpty();
        }

        @Test
        void hasNoFigures() {
            assertThat(draft.photos()).isEmpty();
            assertThat(draft.photoCount()).isZero();
            assertThat(draft.distance()).isEqualTo(Distance.ZERO);
            assertThat(draft.bounds()).isEmpty();
            assertThat(draft.capturedAt()).isEmpty();
            assertThat(draft.createdAt()).isEmpty();
            assertThat(draft.cameraMake()).isEmpty();
            assertThat(draft.cameraModel()).isEmpty();
            assertThat(draft.pano()).isFalse();
            assertThat(draft.photo(ImageKey.of("mlyA-0"))).isEmpty();
        }

        @Test
        void isVisibleOnlyToItsOwner() {
            assertThat(draft.visibleTo(alice())).isTrue();
            assertThat(draft.visibleTo(bob())).isFalse();
            assertThat(draft.visibleTo(null)).isFalse();
        }

        @Test
        void cannotBeLikedEvenByOthers() {
            assertThatThrownBy(() -> draft.requireLikeableBy(bob())).isInstanceOf(SequenceFailures.NotPublished.class);
        }

        @Test
        void takesNoViewpoints() {
            assertThatThrownBy(() -> draft.viewpointBy(bob(), ImageKey.of("mlyA-0"), AT))
                    .isInstanceOf(SequenceFailures.NotPublished.class)
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("not_published");
        }

        @Test
        void keepsItsCreationTimeToTheMillisecond() {
            Sequence s = Sequence.draft(
                    SequenceId.of(UUID.randomUUID()), alice(), TestSequences.details("x"), AT.plusNanos(999_999));

            assertThat(s.draftedAt()).isEqualTo(AT);
        }

        @Test
        void needsIdOwnerTimeAndDetails() {
            SequenceId id = SequenceId.of(UUID.randomUUID());
            SequenceDetails details = TestSequences.details("x");

            assertThatThrownBy(() -> Sequence.draft(null, alice(), details, AT))
                    .extracting("field")
                    .isEqualTo("id");
            assertThatThrownBy(() -> Sequence.draft(id, null, details, AT))
                    .extracting("field")
                    .isEqualTo("owner");
            assertThatThrownBy(() -> Sequence.draft(id, alice(), details, null))
                    .extracting("field")
                    .isEqualTo("drafted_at");
            assertThatThrownBy(() -> Sequence.draft(id, alice(), null, AT))
                    .extracting("field")
                    .isEqualTo("details");
        }
    }

    @Nested
    class AttachingMapillaryData {

        private final Sequence draft = TestSequences.draft(alice());

        @Test
        void publishesTheDraft() {
            AttachOutcome outcome = draft.attachMapillary(alice(), ALICES_TRACK, AT.plusNanos(5));

            assertThat(outcome).isEqualTo(AttachOutcome.PUBLISHED);
            assertThat(draft.status()).isEqualTo(SequenceStatus.PUBLISHED);
            assertThat(draft.isPublished()).isTrue();
            assertThat(draft.visibleTo(bob())).isTrue();
            assertThat(draft.mapillary()).contains(ALICES_TRACK);
            assertThat(draft.mapillaryKey()).contains(MapillarySequenceKey.of("mlyA"));
            assertThat(draft.importedAt()).contains(AT);
            assertThat(draft.draftedAt()).isEqualTo(TestSequences.DRAFTED);
            assertThat(draft.photoCount()).isEqualTo(3);
            assertThat(draft.distance()).isEqualTo(Distance.ofMetres(222_390));
        }

        @Test
        void theSameKeyAgainChangesNothing() {
            draft.attachMapillary(alice(), ALICES_TRACK, AT);
            MapillarySequence sameKeyOtherPhotos = mapillarySequence("mlyA", alice(), GeoPoint.of(5, 5));

            AttachOutcome outcome = draft.attachMapillary(alice(), sameKeyOtherPhotos, AT.plusSeconds(60));

            assertThat(outcome).isEqualTo(AttachOutcome.UNCHANGED);
            assertThat(draft.mapillary()).contains(ALICES_TRACK);
            assertThat(draft.importedAt()).contains(AT);
            assertThat(draft.photoCount()).isEqualTo(3);
        }

        @Test
        void anotherKeyIsRefused() {
            draft.attachMapillary(alice(), ALICES_TRACK, AT);
            MapillarySequence other = mapillarySequence("mlyB", alice(), GeoPoint.of(5, 5));

            assertThatThrownBy(() -> draft.attachMapillary(alice(), other, AT.plusSeconds(60)))
                    .isInstanceOfSatisfying(SequenceFailures.AlreadyLinked.class, e -> {
                        assertThat(e.currentKey()).isEqualTo(MapillarySequenceKey.of("mlyA"));
                        assertThat(e.code()).isEqualTo("conflict");
                        assertThat(e).hasMessage("this sequence is already published from Mapillary sequence mlyA");
                    });
            assertThat(draft.mapillaryKey()).contains(MapillarySequenceKey.of("mlyA"));
            assertThat(draft.importedAt()).contains(AT);
        }

        @Test
        void aDraftHasNoKeyAttached_aPublishedSequenceItsOwn_andAnotherKeyIsRefused() {
            assertThat(draft.hasAttached(MapillarySequenceKey.of("mlyA"))).isFalse();

            draft.attachMapillary(alice(), ALICES_TRACK, AT);

            assertThat(draft.hasAttached(MapillarySequenceKey.of("mlyA"))).isTrue();
            assertThatThrownBy(() -> draft.hasAttached(MapillarySequenceKey.of("mlyB")))
                    .isInstanceOfSatisfying(
                            SequenceFailures.AlreadyLinked.class,
                            e -> assertThat(e.currentKey()).isEqualTo(MapillarySequenceKey.of("mlyA")));
        }

        @Test
        void onlyTheOwnerMayAttach() {
            assertThatThrownBy(() -> draft.attachMapillary(bob(), ALICES_TRACK, AT))
                    .isInstanceOfSatisfying(
                            NotOwnerException.class,
                            e -> assertThat(e.itemKind()).isEqualTo("sequence"));
            assertThat(draft.status()).isEqualTo(SequenceStatus.DRAFT);
        }

        @Test
        void anImportTimeIsRequired() {
            assertThatThrownBy(() -> draft.attachMapillary(alice(), ALICES_TRACK, null))
                    .extracting("field")
                    .isEqualTo("imported_at");
            assertThat(draft.isPublished()).isFalse();
        }

        @Test
        void dataIsRequired() {
            assertThatThrownBy(() -> draft.attachMapillary(alice(), null, AT))
                    .extracting("field")
                    .isEqualTo("mapillary");
            assertThat(draft.isPublished()).isFalse();
        }
    }

    @Nested
    class DerivedFigures {

        @Test
        void comeFromTheMapillaryData() {
            Instant captured = Instant.parse("2023-07-14T06:30:00Z");
            Instant uploaded = Instant.parse("2023-07-15T20:00:00Z");
            Sequence s = aSequence()
                    .owner(alice())
                    .camera("Insta360", "ONE X2")
                    .pano(true)
                    .capturedAt(captured)
                    .createdAt(uploaded)
                    .points(GeoPoint.of(10, 45), GeoPoint.of(11, 46), GeoPoint.of(10.5, 44))
                    .build();

            assertThat(s.capturedAt()).contains(captured);
            assertThat(s.createdAt()).contains(uploaded);
            assertThat(s.cameraMake()).contains(CameraMake.of("Insta360"));
            assertThat(s.cameraModel()).contains(CameraModel.of("ONE X2"));
            assertThat(s.pano()).isTrue();
            assertThat(s.bounds()).contains(new BoundingBox(10, 44, 11, 46));
        }

        @Test
        void distanceCountsEverySegment() {
            Sequence s = aSequence()
                    .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2))
                    .build();

            assertThat(s.distance()).isEqualTo(Distance.ofMetres(222_390));
            assertThat(s.photoCount()).isEqualTo(3);
        }

        @Test
        void aTwoPhotoSequenceIsOneSegment() {
            Sequence s =
                    aSequence().points(GeoPoint.of(0, 0), GeoPoint.of(0, 1)).build();

            assertThat(s.distance()).isEqualTo(Distance.ofMetres(111_195));
        }

        @Test
        void aOnePhotoSequenceIsZeroKilometres() {
            Sequence s = aSequence().points(GeoPoint.of(7, 8)).build();

            assertThat(s.distance()).isEqualTo(Distance.ZERO);
            assertThat(s.photoCount()).isEqualTo(1);
            assertThat(s.bounds()).contains(new BoundingBox(7, 8, 7, 8));
        }

        @Test
        void capturedAtIsTheFirstPhotosWhenMapillaryGivesNone() {
            Instant first = Instant.parse("2022-01-01T10:00:00Z");
            Sequence s = aSequence()
                    .photos(photoAt("p1", 0, 0, first), photoAt("p2", 0, 1, first.minusSeconds(99)))
                    .build();

            assertThat(s.capturedAt()).contains(first);
        }

        @Test
        void createdAtMayBeAbsent() {
            Sequence s = aSequence().createdAt(null).build();

            assertThat(s.isPublished()).isTrue();
            assertThat(s.createdAt()).isEmpty();
        }

        @Test
        void photosAreFoundByKey() {
            Sequence s =
                    aSequence().photos(photo("p1", 0, 0), photo("p2", 0, 1)).build();

            assertThat(s.photo(ImageKey.of("p2"))).contains(photo("p2", 0, 1));
            assertThat(s.photo(ImageKey.of("p3"))).isEmpty();
            assertThat(s.photos()).extracting(p -> p.key().value()).containsExactly("p1", "p2");
        }
    }

    @Nested
    class Links {

        private final Sequence draft = TestSequences.draft(alice());

        @Test
        void attachingIsAdditiveAndAllowedOnDrafts() {
            draft.attachLinks(alice(), new SequenceLinks("https://goo.gl/maps/a", null));
            draft.attachLinks(alice(), new SequenceLinks(null, "123"));

            assertThat(draft.links()).isEqualTo(new SequenceLinks("https://goo.gl/maps/a", "123"));

            draft.attachLinks(alice(), new SequenceLinks("https://goo.gl/maps/b", null));

            assertThat(draft.links()).isEqualTo(new SequenceLinks("https://goo.gl/maps/b", "123"));
            assertThat(draft.status()).isEqualTo(SequenceStatus.DRAFT);
        }

        @Test
        void attachingSaysWhetherTheLinksChanged() {
            assertThat(draft.attachLinks(alice(), SequenceLinks.NONE)).isFalse();
            assertThat(draft.attachLinks(alice(), new SequenceLinks(null, "123")))
                    .isTrue();
            assertThat(draft.attachLinks(alice(), new SequenceLinks(null, "123")))
                    .isFalse();
            assertThat(draft.attachLinks(alice(), new SequenceLinks("https://goo.gl/maps/a", null)))
                    .isTrue();

            assertThat(draft.links()).isEqualTo(new SequenceLinks("https://goo.gl/maps/a", "123"));
        }

        @Test
        void attachingAfterPublishingWorksToo() {
            Sequence published = TestSequences.published(alice());

            published.attachLinks(alice(), new SequenceLinks(null, "9"));

            assertThat(published.links().stravaActivity()).contains("9");
        }

        @Test
        void onlyTheOwnerAttachesLinks() {
            assertThatThrownBy(() -> draft.attachLinks(bob(), new SequenceLinks(null, "123")))
                    .isInstanceOf(NotOwnerException.class);
            assertThat(draft.links()).isEqualTo(SequenceLinks.NONE);
        }

        @Test
        void replacingClearsWhatIsAbsent() {
            draft.attachLinks(alice(), new SequenceLinks("https://goo.gl/maps/a", "123"));

            draft.replaceLinks(alice(), new SequenceLinks(null, "456"));

            assertThat(draft.links()).isEqualTo(new SequenceLinks(null, "456"));

            draft.replaceLinks(alice(), null);

            assertThat(draft.links()).isEqualTo(SequenceLinks.NONE);
        }

        @Test
        void onlyTheOwnerReplacesLinks() {
            draft.attachLinks(alice(), new SequenceLinks(null, "123"));

            assertThatThrownBy(() -> draft.replaceLinks(bob(), SequenceLinks.NONE))
                    .isInstanceOf(NotOwnerException.class);
            assertThat(draft.links().stravaActivity()).contains("123");
        }
    }

    @Nested
    class Editing {

        private final Sequence sequence = TestSequences.published(alice());

        @Test
        void theOwnerReplacesTheDetails() {
            SequenceDetails newDetails = SequenceDetails.of("Renamed", "<i>desc</i>", TransportType.SKI, null);

            sequence.edit(alice(), newDetails);

            assertThat(sequence.details()).isEqualTo(newDetails);
        }

        @Test
        void othersMayNot() {
            SequenceDetails before = sequence.details();

            assertThatThrownBy(() -> sequence.edit(bob(), TestSequences.details("Hijacked")))
                    .isInstanceOf(NotOwnerException.class)
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("forbidden");
            assertThat(sequence.details()).isEqualTo(before);
        }

        @Test
        void detailsAreRequired() {
            assertThatThrownBy(() -> sequence.edit(alice(), null))
                    .extracting("field")
                    .isEqualTo("details");
        }

        @Test
        void requireOwnerPassesOnlyForTheOwner() {
            assertThatCode(() -> sequence.requireOwner(alice())).doesNotThrowAnyException();
            assertThatThrownBy(() -> sequence.requireOwner(bob())).isInstanceOf(NotOwnerException.class);
            assertThatThrownBy(() -> sequence.requireOwner(null)).isInstanceOf(NotOwnerException.class);
        }
    }

    @Nested
    class LikesAndViewpoints {

        private final Sequence sequence = aSequence()
                .owner(alice())
                .photos(photo("p1", 0, 0), photo("p2", 0, 1))
                .build();

        @Test
        void othersMayLikeAPublishedSequence() {
            assertThatCode(() -> sequence.requireLikeableBy(bob())).doesNotThrowAnyException();
        }

        @Test
        void theOwnerMayNotLikeTheirOwn() {
            assertThatThrownBy(() -> sequence.requireLikeableBy(alice()))
                    .isInstanceOfSatisfying(SequenceFailures.OwnItem.class, e -> {
                        assertThat(e.action()).isEqualTo("like");
                        assertThat(e.code()).isEqualTo("forbidden");
                        assertThat(e).hasMessage("you cannot like your own item");
                    });
        }

        @Test
        void aViewpointIsCreditedToTheOwner() {
            Viewpoint v = sequence.viewpointBy(bob(), ImageKey.of("p2"), AT.plusNanos(1));

            assertThat(v).isEqualTo(new Viewpoint(bob(), sequence.id(), ImageKey.of("p2"), alice(), AT));
        }

        @Test
        void theOwnerMayNotMarkTheirOwnPhotos() {
            assertThatThrownBy(() -> sequence.viewpointBy(alice(), ImageKey.of("p1"), AT))
                    .isInstanceOfSatisfying(
                            SequenceFailures.OwnItem.class,
                            e -> assertThat(e.action()).isEqualTo("mark a viewpoint on"));
        }

        @Test
        void anUnknownPhotoIsNotFound() {
            assertThatThrownBy(() -> sequence.viewpointBy(bob(), ImageKey.of("p9"), AT))
                    .isInstanceOf(SequenceFailures.PhotoNotFound.class)
                    .hasMessage("the sequence has no photo p9")
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("not_found");
        }
    }

    @Nested
    class ImportAndReconstitution {

        private final SequenceId id = SequenceId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
        private final SequenceDetails details = TestSequences.details("Ridge");

        @Test
        void importPublishesAtOnce() {
            Sequence s = Sequence.imported(id, alice(), details, ALICES_TRACK, AT);

            assertThat(s.isPublished()).isTrue();
            assertThat(s.draftedAt()).isEqualTo(AT);
            assertThat(s.importedAt()).contains(AT);
            assertThat(s.distance()).isEqualTo(Distance.ofMetres(222_390));
        }

        @Test
        void importNeedsData() {
            assertThatThrownBy(() -> Sequence.imported(id, alice(), details, null, AT))
                    .extracting("field")
                    .isEqualTo("mapillary");
        }

        @Test
        void aStoredDraftComesBackAsADraft() {
            SequenceLinks links = new SequenceLinks(null, "77");

            Sequence s = Sequence.reconstitute(id, alice(), AT, details, links, null, null);

            assertThat(s.status()).isEqualTo(SequenceStatus.DRAFT);
            assertThat(s.links()).isEqualTo(links);
            assertThat(s.id()).isEqualTo(id);
        }

        @Test
        void aStoredPublishedSequenceComesBackWithItsFigures() {
            Instant imported = AT.plusSeconds(3600);

            Sequence s = Sequence.reconstitute(id, alice(), AT, details, null, ALICES_TRACK, imported);

            assertThat(s.status()).isEqualTo(SequenceStatus.PUBLISHED);
            assertThat(s.draftedAt()).isEqualTo(AT);
            assertThat(s.importedAt()).contains(imported);
            assertThat(s.links()).isEqualTo(SequenceLinks.NONE);
            assertThat(s.distance()).isEqualTo(Distance.ofMetres(222_390));
            assertThat(s.bounds()).contains(new BoundingBox(0, 0, 0, 2));
        }

        @Test
        void aPublishedSequenceNeedsItsImportTime() {
            assertThatThrownBy(() -> Sequence.reconstitute(id, alice(), AT, details, null, ALICES_TRACK, null))
                    .extracting("field")
                    .isEqualTo("imported_at");
        }

        @Test
        void identityIsTheId() {
            Sequence a = Sequence.reconstitute(id, alice(), AT, details, null, null, null);
            Sequence b = Sequence.reconstitute(id, bob(), AT, TestSequences.details("Other"), null, ALICES_TRACK, AT);
            Sequence c = Sequence.reconstitute(
                    SequenceId.of(UUID.fromString("00000000-0000-4000-8000-00000000000b")),
                    alice(),
                    AT,
                    details,
                    null,
                    null,
                    null);

            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(id);
            assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
            assertThat(a).hasToString("Sequence[" + id + ", DRAFT]");
            assertThat(b).hasToString("Sequence[" + id + ", PUBLISHED]");
        }
    }
}
