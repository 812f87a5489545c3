package org.mtp.application.port.out.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.TestTours;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Contract of {@link TourRepository}: every implementation runs these tests through a subclass. */
public abstract class TourRepositoryContract extends StoreContractSupport {

    private static final Instant T = Instant.parse("2024-08-01T12:00:00.250Z");

    /** Tours are equal by id only: compare everything a caller sees. */
    private static List<Object> fieldsOf(Tour t) {
        return List.of(t.id(), t.owner(), t.details(), t.sequences(), t.createdAt(), t.updatedAt());
    }

    private List<Object> loaded(TourId id) {
        return fieldsOf(tx(() -> world.tours().findById(id)).orElseThrow());
    }

    @Test
    void aTourComesBackWithDetailsTagsAndItsSequencesInOrder() {
        UserId owner = user("traveller");
        Sequence a = storedPublished(owner);
        Sequence b = storedPublished(owner);
        Sequence c = storedPublished(owner);
        Tour tour = Tour.reconstitute(
                TourId.of(UUID.randomUUID()),
                owner,
                TourDetails.of("Coast <b>to</b> coast", "Three days", Tags.parse("coast,summer")),
                List.of(c.id(), a.id(), b.id()),
                T,
                T.plusSeconds(60));
        run(() -> world.tours().save(tour));

        assertThat(loaded(tour.id())).isEqualTo(fieldsOf(tour));
        assertThat(tx(() -> world.tours().findById(TourId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void savingAgainReplacesDetailsAndTheOrderedList() {
        UserId owner = user("planner");
        Sequence a = storedPublished(owner);
        Sequence b = storedPublished(owner);
        Sequence c = storedPublished(owner);
        Tour tour = TestTours.tourOf(owner, a, b);
        run(() -> world.tours().save(tour));

        run(() -> {
            Tour current = world.tours().findById(tour.id()).orElseThrow();
            current.reorder(owner, List.of(b.id(), a.id()), T);
            current.add(owner, c, T.plusSeconds(1));
            current.remove(owner, a.id(), T.plusSeconds(2));
            current.edit(owner, TourDetails.of("Renamed", null, Tags.parse("x,y")), T.plusSeconds(3));
            world.tours().save(current);
        });

        Tour loaded = tx(() -> world.tours().findById(tour.id())).orElseThrow();
        assertThat(loaded.sequences()).containsExactly(b.id(), c.id());
        assertThat(loaded.details()).isEqualTo(TourDetails.of("Renamed", null, Tags.parse("x,y")));
        assertThat(loaded.updatedAt()).isEqualTo(T.plusSeconds(3));
    }

    @Test
    void theToursListingASequenceAreFound() {
        UserId owner = user("collector");
        Sequence shared = storedPublished(owner);
        Sequence other = storedPublished(owner);
        Tour first = TestTours.tourOf(owner, shared, other);
        Tour second = TestTours.tourOf(owner, other, shared);
        Tour without = TestTours.tourOf(owner, other);
        run(() -> List.of(first, second, without).forEach(world.tours()::save));

        assertThat(tx(() -> world.tours().findContaining(shared.id())))
                .extracting(Tour::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void listsAreNewestFirstThenByIdDescendingAndPageWithoutGapsOrRepeats() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        List<Tour> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Tour t = Tour.create(
                    TourId.of(UUID.randomUUID()),
                    i % 2 == 0 ? alice : bob,
                    TestTours.details("Tour " + i),
                    T.plusSeconds(i / 2));
            all.add(t);
        }
        run(() -> all.forEach(world.tours()::save));
        Comparator<Tour> newestFirst = Comparator.comparing(Tour::createdAt)
                .thenComparing(t -> t.id().value().toString())
                .reversed();

        for (int limit : new int[] {1, 2, 3, 100}) {
            assertThat(allPages(limit, page -> tx(() -> world.tours().list(TourQuery.all(), page))))
                    .extracting(Tour::id)
                    .containsExactlyElementsOf(
                            all.stream().sorted(newestFirst).map(Tour::id).toList());
            assertThat(allPages(limit, page -> tx(() -> world.tours().list(TourQuery.ownedBy(alice), page))))
                    .extracting(Tour::id)
                    .containsExactlyElementsOf(all.stream()
                            .filter(t -> t.owner().equals(alice))
                            .sorted(newestFirst)
                            .map(Tour::id)
                            .toList());
        }
    }

    @Test
    void aNameSearchFindsThePartAnywhereIgnoringCaseAndTakesWildcardsLiterally() {
        UserId owner = user("namer");
        List<Tour> tours = new ArrayList<>();
        for (String name :
                List.of("Coast to Coast", "COASTAL path", "100% coast", "100 percent", "a_b", "aXb", "x\\y")) {
            tours.add(Tour.create(TourId.of(UUID.randomUUID()), owner, TestTours.details(name), T));
        }
        run(() -> tours.forEach(world.tours()::save));

        assertThat(namesFound(new TourQuery(null, "coast", null)))
                .containsExactlyInAnyOrder("Coast to Coast", "COASTAL path", "100% coast");
        assertThat(namesFound(new TourQuery(null, "0%", null))).containsExactly("100% coast");
        assertThat(namesFound(new TourQuery(null, "a_", null))).containsExactly("a_b");
        assertThat(namesFound(new TourQuery(null, "x\\", null))).containsExactly("x\\y");
        assertThat(namesFound(new TourQuery(null, "%", null))).containsExactly("100% coast");
        assertThat(namesFound(new TourQuery(user("nobody"), "coast", null))).isEmpty();
    }

    @Test
    void aTagSearchFindsTheToursCarryingEveryTagAsked() {
        UserId owner = user("tagger");
        Tour both = Tour.create(
                TourId.of(UUID.randomUUID()), owner, TourDetails.of("Both", null, Tags.parse("coast,summer")), T);
        Tour coast =
                Tour.create(TourId.of(UUID.randomUUID()), owner, TourDetails.of("Coast", null, Tags.parse("coast")), T);
        Tour none = Tour.create(TourId.of(UUID.randomUUID()), owner, TourDetails.of("None", null, Tags.NONE), T);
        run(() -> List.of(both, coast, none).forEach(world.tours()::save));

        assertThat(namesFound(new TourQuery(null, null, Tags.parse("coast"))))
                .containsExactlyInAnyOrder("Both", "Coast");
        assertThat(namesFound(new TourQuery(null, null, Tags.parse("summer,coast"))))
                .containsExactly("Both");
        assertThat(namesFound(new TourQuery(owner, "oa", Tags.parse("coast")))).containsExactly("Coast");
        assertThat(namesFound(new TourQuery(null, null, Tags.parse("winter")))).isEmpty();
    }

    private List<String> namesFound(TourQuery query) {
        return allPages(2, page -> tx(() -> world.tours().list(query, page))).stream()
                .map(t -> t.details().name())
                .toList();
    }

    @Test
    void deletingATourDeletesItsLikes() {
        UserId owner = user("owner");
        UserId fan = user("fan");
        Tour doomed = TestTours.emptyTour(owner);
        Tour kept = TestTours.emptyTour(owner);
        run(() -> {
            world.tours().save(doomed);
            world.tours().save(kept);
            addLike(new Like(fan, LikeTarget.tour(doomed.id()), T));
            addLike(new Like(fan, LikeTarget.tour(kept.id()), T));
        });

        run(() -> world.tours().delete(doomed.id()));

        assertThat(tx(() -> world.tours().findById(doomed.id()))).isEmpty();
        assertThat(tx(() -> world.likes().exists(fan, LikeTarget.tour(doomed.id()))))
                .isFalse();
        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.tour(kept.id()))))
                .isEqualTo(1);
    }

    @Test
    void anUnreadableCursorIsAValidationFailureOnTheCursor() {
        run(() -> world.tours().save(TestTours.emptyTour(user("someone"))));

        assertThatThrownBy(() -> tx(() -> world.tours().list(TourQuery.all(), new PageRequest(5, "%%%"))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
}
