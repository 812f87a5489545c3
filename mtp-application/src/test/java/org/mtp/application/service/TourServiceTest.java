package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.usernameOf;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourFailures;
import org.mtp.domain.user.Username;

class TourServiceTest {

    private final Scenario world = new Scenario();
    private final Sequence first = world.store(TestSequences.aSequence()
            .owner(alice())
            .key("tourSeq1")
            .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1))
            .build());
    private final Sequence second = world.store(TestSequences.aSequence()
            .owner(alice())
            .key("tourSeq2")
            .points(GeoPoint.of(0, 1), GeoPoint.of(0, 2), GeoPoint.of(0, 3))
            .build());
    private final Sequence bobs =
            world.store(TestSequences.aSequence().owner(bob()).key("bobSeq1").build());

    private TourView create(Sequence... sequences) {
        return world.app.tours.create(new CreateTourUseCase.Command(
                alice(),
                TestTours.details("Coast"),
                Arrays.stream(sequences).map(Sequence::id).toList()));
    }

    @Test
    void aTourListsItsSequencesInOrderWithSummedFigures() {
        TourView view = create(first, second);

        assertThat(view.sequences()).extracting(s -> s.id()).containsExactly(first.id(), second.id());
        assertThat(view.totals().photos()).isEqualTo(5);
        assertThat(view.totals().distance().metres())
                .isEqualTo(first.distance().metres() + second.distance().metres());
    }

    @Test
    void reorderMustBeAPermutationAndARejectedOneChangesNothing() {
        TourView view = create(first, second);
        Object before = world.stores.contents();

        assertThatThrownBy(() -> world.app.tours.reorder(alice(), view.tour().id(), List.of(second.id())))
                .isInstanceOf(TourFailures.NotAPermutation.class);
        assertThat(world.stores.contents()).isEqualTo(before);

        TourView reordered = world.app.tours.reorder(alice(), view.tour().id(), List.of(second.id(), first.id()));
        assertThat(reordered.tour().sequences()).containsExactly(second.id(), first.id());
    }

    @Test
    void onlyTheOwnersOwnPublishedSequencesMayBeAddedAndOnlyByTheOwner() {
        TourView view = create(first);

        assertThatThrownBy(() -> world.app.tours.add(alice(), view.tour().id(), bobs.id()))
                .isInstanceOf(TourFailures.NotEligible.class);
        assertThatThrownBy(() -> world.app.tours.add(bob(), view.tour().id(), bobs.id()))
                .isInstanceOf(NotOwnerException.class);
        assertThatThrownBy(() -> world.app.tours.edit(new EditTourUseCase.Command(
                        bob(), view.tour().id(), Change.set("Mine now"), Change.keep(), Change.keep())))
                .isInstanceOf(NotOwnerException.class);
        assertThat(world.app
                        .tours
                        .add(alice(), view.tour().id(), second.id())
                        .tour()
                        .sequences())
                .containsExactly(first.id(), second.id());
    }

    @Test
    void replacingTheListAddsRemovesAndOrdersAtOnce() {
        TourView view = create(first);

        TourView replaced = world.app.tours.replace(alice(), view.tour().id(), List.of(second.id()));

        assertThat(replaced.tour().sequences()).containsExactly(second.id());
        assertThat(replaced.totals().photos()).isEqualTo(3);
    }

    @Test
    void deletingATourDeletesItsLikesButKeepsItsSequences() {
        TourView view = create(first, second);
        world.app.likes.like(bob(), LikeTarget.tour(view.tour().id()));

        world.app.tours.delete(alice(), view.tour().id());

        assertThat(world.stores.likes.exists(bob(), LikeTarget.tour(view.tour().id())))
                .isFalse();
        assertThat(world.app.queries.get(null, first.id())).isNotNull();
    }

    @Test
    void theListSearchesByOwnerNamePartAndTagsAndAnUnknownOwnerHasNone() {
        world.app.tours.create(new CreateTourUseCase.Command(
                alice(), TourDetails.of("Coast 100%", null, Tags.parse("sea")), List.of()));
        world.app.tours.create(new CreateTourUseCase.Command(
                bob(), TourDetails.of("High coast", null, Tags.parse("sea,hills")), List.of()));

        assertThat(names(null, "100%", null)).containsExactly("Coast 100%");
        assertThat(names(null, "COAST", null)).containsExactlyInAnyOrder("Coast 100%", "High coast");
        assertThat(names(null, null, Tags.parse("hills,sea"))).containsExactly("High coast");
        assertThat(names(usernameOf(alice()), "coast", Tags.parse("hills"))).isEmpty();
        assertThat(names(Username.of("nobody"), null, null)).isEmpty();
    }

    @Test
    void aNameSearchOfNothingOrTooLongIsRefusedNamingTheName() {
        assertThatThrownBy(() -> new ListToursUseCase.Query(null, "", null, PageRequest.first(1)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new ListChallengesUseCase.Query(null, "x".repeat(101), PageRequest.first(1)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    private List<String> names(Username owner, String nameContains, Tags tags) {
        return world
                .app
                .tours
                .list(new ListToursUseCase.Query(owner, nameContains, tags, PageRequest.first(10)))
                .items()
                .stream()
                .map(v -> v.tour().details().name())
                .toList();
    }
}
