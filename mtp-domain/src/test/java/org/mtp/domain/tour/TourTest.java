package org.mtp.domain.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestSequences.aSequence;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceFigures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;

/** Tests: The Tour aggregate: owner-only changes, eligibility, permutations, limits and totals. */
class TourTest {

    private static final Instant LATER = TestTours.CREATED.plusSeconds(3600);

    private final Sequence one = TestSequences.published(alice());
    private final Sequence two = TestSequences.published(alice());
    private final Sequence three = TestSequences.published(alice());

    private static List<SequenceId> ids(Sequence... sequences) {
        return Arrays.stream(sequences).map(Sequence::id).toList();
    }

    private static List<Sequence> publishedOf(int count) {
        return IntStream.range(0, count)
                .mapToObj(i ->
                        aSequence().owner(alice()).points(GeoPoint.of(0, 0)).build())
                .toList();
    }

    @Nested
    class Creating {

        @Test
        void aNewTourIsEmptyAndUpdatedWhenCreated() {
            TourId id = TourId.of(UUID.randomUUID());
            Tour tour = Tour.create(id, alice(), TestTours.details("Alps"), TestTours.CREATED.plusNanos(999_999));

            assertThat(tour.id()).isEqualTo(id);
            assertThat(tour.owner()).isEqualTo(alice());
            assertThat(tour.details().name()).isEqualTo("Alps");
            assertThat(tour.sequences()).isEmpty();
            assertThat(tour.createdAt()).isEqualTo(TestTours.CREATED);
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }

        @Test
        void aStoredTourKeepsItsOrderAndTimes() {
            Tour tour = Tour.reconstitute(
                    TourId.of(UUID.randomUUID()),
                    alice(),
                    TestTours.details("Alps"),
                    ids(three, one),
                    TestTours.CREATED,
                    LATER);

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(three, one));
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void aStoredTourWithoutUpdateTimeWasLastUpdatedWhenCreated() {
            Tour tour = Tour.reconstitute(
                    TourId.of(UUID.randomUUID()),
                    alice(),
                    TestTours.details("Alps"),
                    List.of(),
                    TestTours.CREATED,
                    null);

            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }

        @Test
        void aStoredTourMayNotListASequenceTwice() {
            assertThatThrownBy(() -> Tour.reconstitute(
                            TourId.of(UUID.randomUUID()),
                            alice(),
                            TestTours.details("Alps"),
                            ids(one, two, one),
                            TestTours.CREATED,
                            null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'sequences' must not list a sequence twice");
        }

        @Test
        void everyPartIsRequired() {
            TourId id = TourId.of(UUID.randomUUID());
            TourDetails details = TestTours.details("Alps");
            Instant at = TestTours.CREATED;

            assertThatThrownBy(() -> Tour.create(null, alice(), details, at))
                    .extracting("field")
                    .isEqualTo("id");
            assertThatThrownBy(() -> Tour.create(id, null, details, at))
                    .extracting("field")
                    .isEqualTo("owner");
            assertThatThrownBy(() -> Tour.create(id, alice(), null, at))
                    .extracting("field")
                    .isEqualTo("details");
            assertThatThrownBy(() -> Tour.create(id, alice(), details, null))
                    .extracting("field")
                    .isEqualTo("created_at");
            assertThatThrownBy(() -> Tour.reconstitute(id, alice(), details, null, at, at))
                    .extracting("field")
                    .isEqualTo("sequences");
        }

        @Test
        void identityIsTheId() {
            TourId id = TourId.of(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
            Tour a = Tour.create(id, alice(), TestTours.details("A"), TestTours.CREATED);
            Tour b = Tour.create(id, bob(), TestTours.details("B"), LATER);
            Tour c = Tour.create(
                    TourId.of(UUID.fromString("00000000-0000-4000-8000-00000000000b")),
                    alice(),
                    TestTours.details("A"),
                    TestTours.CREATED);

            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(id);
            assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
        }

        @Test
        void theListHandedOutIsACopy() {
            Tour tour = TestTours.tourOf(alice(), one);

            assertThatThrownBy(() -> tour.sequences().add(two.id())).isInstanceOf(UnsupportedOperationException.class);
            assertThat(tour.sequences()).containsExactly(one.id());
        }
    }

    @Nested
    class Adding {

        private final Tour tour = TestTours.tourOf(alice(), one);

        @Test
        void appendsAtTheEnd() {
            tour.add(alice(), two, LATER);
            tour.add(alice(), three, LATER.plusSeconds(1));

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, two, three));
            assertThat(tour.updatedAt()).isEqualTo(LATER.plusSeconds(1));
        }

        @Test
        void anotherOwnersSequenceIsNotEligible() {
            Sequence bobs = TestSequences.published(bob());

            assertThatThrownBy(() -> tour.add(alice(), bobs, LATER))
                    .isInstanceOf(TourFailures.NotEligible.class)
                    .hasMessage("sequence " + bobs.id() + " cannot be in this tour: it belongs to another user")
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("validation_failed");
            assertUnchanged();
        }

        @Test
        void aDraftIsNotEligible() {
            Sequence draft = TestSequences.draft(alice());

            assertThatThrownBy(() -> tour.add(alice(), draft, LATER))
                    .isInstanceOf(TourFailures.NotEligible.class)
                    .hasMessage("sequence " + draft.id() + " cannot be in this tour: it is a draft");
            assertUnchanged();
        }

        @Test
        void aSequenceAlreadyInTheTourIsRefused() {
            assertThatThrownBy(() -> tour.add(alice(), one, LATER))
                    .isInstanceOf(TourFailures.AlreadyInTour.class)
                    .hasMessage("sequence " + one.id() + " is already in this tour")
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("conflict");
            assertUnchanged();
        }

        @Test
        void onlyTheOwnerMayAdd() {
            assertThatThrownBy(() -> tour.add(bob(), two, LATER))
                    .isInstanceOfSatisfying(
                            NotOwnerException.class,
                            e -> assertThat(e.itemKind()).isEqualTo("tour"));
            assertUnchanged();
        }

        @Test
        void aSequenceIsRequired() {
            assertThatThrownBy(() -> tour.add(alice(), null, LATER))
                    .extracting("field")
                    .isEqualTo("sequences");
        }

        @Test
        void aTourHoldsAtMost500Sequences() {
            List<Sequence> many = publishedOf(500);
            Tour full = Tour.reconstitute(
                    TourId.of(UUID.randomUUID()),
                    alice(),
                    TestTours.details("Big"),
                    many.subList(0, 499).stream().map(Sequence::id).toList(),
                    TestTours.CREATED,
                    null);

            full.add(alice(), many.get(499), LATER);

            assertThat(full.sequences()).hasSize(500);
            assertThatThrownBy(() -> full.add(alice(), two, LATER.plusSeconds(1)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'sequences' a tour holds at most 500 sequences");
            assertThat(full.sequences()).hasSize(500);
            assertThat(full.updatedAt()).isEqualTo(LATER);
        }

        private void assertUnchanged() {
            assertThat(tour.sequences()).containsExactly(one.id());
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }
    }

    @Nested
    class Removing {

        private final Tour tour = TestTours.tourOf(alice(), one, two, three);

        @Test
        void removesKeepingTheOrderOfTheRest() {
            tour.remove(alice(), two.id(), LATER);

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, three));
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void anUnknownSequenceIsNotInTheTour() {
            SequenceId unknown = SequenceId.of(UUID.randomUUID());

            assertThatThrownBy(() -> tour.remove(alice(), unknown, LATER))
                    .isInstanceOf(TourFailures.NotInTour.class)
                    .hasMessage("sequence " + unknown + " is not in this tour")
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("not_found");
            assertThat(tour.sequences()).hasSize(3);
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }

        @Test
        void onlyTheOwnerMayRemove() {
            assertThatThrownBy(() -> tour.remove(bob(), one.id(), LATER)).isInstanceOf(NotOwnerException.class);
            assertThat(tour.sequences()).hasSize(3);
        }

        @Test
        void forgettingADeletedSequenceNeedsNoOwner() {
            assertThat(tour.forget(two.id())).isTrue();
            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, three));
            assertThat(tour.forget(two.id())).isFalse();
            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, three));
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }
    }

    @Nested
    class Reordering {

        private final Tour tour = TestTours.tourOf(alice(), one, two, three);

        @Test
        void aPermutationReorders() {
            tour.reorder(alice(), ids(three, one, two), LATER);

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(three, one, two));
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void theSameOrderIsAPermutationToo() {
            tour.reorder(alice(), ids(one, two, three), LATER);

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, two, three));
        }

        @Test
        void aMissingSequenceIsNotAPermutation() {
            assertNotAPermutation(ids(one, three));
        }

        @Test
        void anExtraSequenceIsNotAPermutation() {
            assertNotAPermutation(ids(one, two, three, TestSequences.published(alice())));
        }

        @Test
        void aForeignSequenceInPlaceOfAMemberIsNotAPermutation() {
            assertNotAPermutation(ids(one, two, TestSequences.published(alice())));
        }

        @Test
        void aDuplicateIsNotAPermutation() {
            assertNotAPermutation(ids(one, two, two));
            assertNotAPermutation(ids(one, two, three, one));
        }

        @Test
        void aNullIdIsNotAPermutation() {
            List<SequenceId> withNull = new ArrayList<>(ids(one, two));
            withNull.add(null);
            assertNotAPermutation(withNull);
        }

        @Test
        void anEmptyListIsNotAPermutationOfAFullTour() {
            assertNotAPermutation(List.of());
        }

        @Test
        void anEmptyTourAcceptsOnlyTheEmptyOrder() {
            Tour empty = TestTours.emptyTour(alice());

            empty.reorder(alice(), List.of(), LATER);

            assertThat(empty.updatedAt()).isEqualTo(LATER);
            assertThatThrownBy(() -> empty.reorder(alice(), ids(one), LATER))
                    .isInstanceOf(TourFailures.NotAPermutation.class);
        }

        @Test
        void onlyTheOwnerMayReorder() {
            assertThatThrownBy(() -> tour.reorder(bob(), ids(three, two, one), LATER))
                    .isInstanceOf(NotOwnerException.class);
            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, two, three));
        }

        @Test
        void anOrderIsRequired() {
            assertThatThrownBy(() -> tour.reorder(alice(), null, LATER))
                    .extracting("field")
                    .isEqualTo("sequences");
        }

        private void assertNotAPermutation(List<SequenceId> order) {
            assertThatThrownBy(() -> tour.reorder(alice(), order, LATER))
                    .isInstanceOf(TourFailures.NotAPermutation.class)
                    .hasMessage("'sequences' must list exactly the tour's current sequences, each once")
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo("validation_failed");
            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, two, three));
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }
    }

    @Nested
    class Replacing {

        private final Tour tour = TestTours.tourOf(alice(), one, two);

        @Test
        void addsRemovesAndReordersAtOnce() {
            tour.replace(alice(), List.of(three, one), LATER);

            assertThat(tour.sequences()).containsExactlyElementsOf(ids(three, one));
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void anEmptyListEmptiesTheTour() {
            tour.replace(alice(), List.of(), LATER);

            assertThat(tour.sequences()).isEmpty();
        }

        @Test
        void duplicatesAreRejected() {
            assertThatThrownBy(() -> tour.replace(alice(), List.of(three, one, three), LATER))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'sequences' must not list a sequence twice");
            assertUnchanged();
        }

        @Test
        void ineligibleSequencesAreRejected() {
            assertThatThrownBy(() -> tour.replace(alice(), List.of(three, TestSequences.published(bob())), LATER))
                    .isInstanceOf(TourFailures.NotEligible.class);
            assertThatThrownBy(() -> tour.replace(alice(), List.of(TestSequences.draft(alice())), LATER))
                    .isInstanceOf(TourFailures.NotEligible.class);
            assertUnchanged();
        }

        @Test
        void atMost500Sequences() {
            List<Sequence> many = new ArrayList<>(publishedOf(500));

            tour.replace(alice(), many, LATER);

            assertThat(tour.sequences()).hasSize(500);

            many.add(three);

            assertThatThrownBy(() -> tour.replace(alice(), many, LATER.plusSeconds(1)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'sequences' a tour holds at most 500 sequences");
            assertThat(tour.sequences()).hasSize(500);
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void onlyTheOwnerMayReplace() {
            assertThatThrownBy(() -> tour.replace(bob(), List.of(three), LATER)).isInstanceOf(NotOwnerException.class);
            assertUnchanged();
        }

        @Test
        void aListIsRequired() {
            assertThatThrownBy(() -> tour.replace(alice(), null, LATER))
                    .extracting("field")
                    .isEqualTo("sequences");
        }

        private void assertUnchanged() {
            assertThat(tour.sequences()).containsExactlyElementsOf(ids(one, two));
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }
    }

    @Nested
    class EditingAndLiking {

        private final Tour tour = TestTours.emptyTour(alice());

        @Test
        void theOwnerEditsTheDetails() {
            TourDetails details = TourDetails.of("Renamed", "<p>html kept</p>", null);

            tour.edit(alice(), details, LATER);

            assertThat(tour.details()).isEqualTo(details);
            assertThat(tour.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void othersMayNotEdit() {
            TourDetails before = tour.details();

            assertThatThrownBy(() -> tour.edit(bob(), TestTours.details("Hijacked"), LATER))
                    .isInstanceOf(NotOwnerException.class);
            assertThat(tour.details()).isEqualTo(before);
            assertThat(tour.updatedAt()).isEqualTo(TestTours.CREATED);
        }

        @Test
        void detailsAndTimeAreRequired() {
            assertThatThrownBy(() -> tour.edit(alice(), null, LATER))
                    .extracting("field")
                    .isEqualTo("details");
            assertThatThrownBy(() -> tour.edit(alice(), TestTours.details("x"), null))
                    .extracting("field")
                    .isEqualTo("at");
        }

        @Test
        void requireOwnerPassesOnlyForTheOwner() {
            assertThatCode(() -> tour.requireOwner(alice())).doesNotThrowAnyException();
            assertThatThrownBy(() -> tour.requireOwner(bob())).isInstanceOf(NotOwnerException.class);
        }

        @Test
        void othersMayLikeATour() {
            assertThatCode(() -> tour.requireLikeableBy(bob())).doesNotThrowAnyException();
        }

        @Test
        void theOwnerMayNotLikeTheirOwnTour() {
            assertThatThrownBy(() -> tour.requireLikeableBy(alice()))
                    .isInstanceOfSatisfying(
                            SequenceFailures.OwnItem.class,
                            e -> assertThat(e.action()).isEqualTo("like"));
        }
    }

    @Nested
    class Totals {

        @Test
        void sumPhotosAndDistancesOfPresentMembers() {
            Sequence a = aSequence()
                    .owner(alice())
                    .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1))
                    .build();
            Sequence b = aSequence()
                    .owner(alice())
                    .points(GeoPoint.of(0, 1), GeoPoint.of(0, 2), GeoPoint.of(0, 3))
                    .build();
            Sequence deleted = aSequence().owner(alice()).build();
            Tour tour = TestTours.tourOf(alice(), a, deleted, b);
            Map<SequenceId, Sequence> byId = new HashMap<>(Map.of(a.id(), a, b.id(), b));
            byId.put(three.id(), three);

            TourTotals totals = tour.totals(byId);

            assertThat(totals.photos()).isEqualTo(5);
            assertThat(totals.distance()).isEqualTo(Distance.ofMetres(111_195 + 222_390));
        }

        @Test
        void anEmptyTourHasZeroTotals() {
            assertThat(TestTours.emptyTour(alice()).totals(Map.of())).isEqualTo(new TourTotals(0, Distance.ZERO));
        }

        @Test
        void figuresMayComeFromAReadModel() {
            Tour tour = TestTours.tourOf(alice(), one, two);
            SequenceFigures figures = new SequenceFigures() {
                @Override
                public int photoCount() {
                    return 7;
                }

                @Override
                public Distance distance() {
                    return Distance.ofMetres(1500);
                }
            };

            TourTotals totals = tour.totals(Map.of(one.id(), figures, two.id(), figures));

            assertThat(totals).isEqualTo(new TourTotals(14, Distance.ofMetres(3000)));
        }
    }

    @Nested
    class Details {

        @Test
        void nameIsTrimmedAndBounded() {
            assertThat(TourDetails.of("  Alps  ", null, null).name()).isEqualTo("Alps");
            assertThat(TourDetails.of("x".repeat(100), null, null).name()).hasSize(100);
            assertThatThrownBy(() -> TourDetails.of("x".repeat(101), null, null))
                    .extracting("field")
                    .isEqualTo("name");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void blankNamesAreRejected(String name) {
            assertThatThrownBy(() -> TourDetails.of(name, null, null))
                    .extracting("field")
                    .isEqualTo("name");
        }

        @Test
        void descriptionIsVerbatimUpToTenThousandAndEmptyBecomesAbsent() {
            assertThat(TourDetails.of("Alps", " <script>x</script> ", null).description())
                    .isEqualTo(" <script>x</script> ");
            assertThat(TourDetails.of("Alps", "d".repeat(10_000), null).description())
                    .hasSize(10_000);
            assertThatThrownBy(() -> TourDetails.of("Alps", "d".repeat(10_001), null))
                    .extracting("field")
                    .isEqualTo("description");
            assertThat(TourDetails.of("Alps", "", null).description()).isNull();
        }

        @Test
        void tagsDefaultToNone() {
            assertThat(TourDetails.of("Alps", null, null).tags()).isEqualTo(Tags.NONE);
            assertThat(TourDetails.of("Alps", null, Tags.parse("x")).tags().names())
                    .containsExactly("x");
        }

        @Test
        void tourIdParsesCanonicalUuidTextOnly() {
            UUID uuid = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");

            assertThat(TourId.parse("tour_id", uuid.toString())).isEqualTo(TourId.of(uuid));
            assertThat(TourId.parse("tour_id", uuid.toString().toUpperCase())).isEqualTo(TourId.of(uuid));
            assertThat(TourId.of(uuid)).hasToString(uuid.toString());
            assertThatThrownBy(() -> TourId.parse("tour_id", "1-2-3-4-5")).hasMessage("'tour_id' must be a UUID");
            assertThatThrownBy(() -> TourId.parse("tour_id", "tour")).hasMessage("'tour_id' must be a UUID");
            assertThatThrownBy(() -> TourId.parse("tour_id", null))
                    .extracting("field")
                    .isEqualTo("tour_id");
            assertThatThrownBy(() -> TourId.of(null)).extracting("field").isEqualTo("id");
        }
    }
}
