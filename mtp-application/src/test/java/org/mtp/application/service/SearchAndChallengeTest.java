package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.TestSequences;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

class SearchAndChallengeTest {

    private final Scenario world = new Scenario();
    private final Sequence coast = world.store(TestSequences.aSequence()
            .owner(alice())
            .key("s1")
            .name("Coast ride")
            .tags("coast,forest")
            .transport(TransportType.BICYCLE)
            .capturedAt(Instant.parse("2024-05-01T08:00:00Z"))
            .points(GeoPoint.of(0.5, 0.5), GeoPoint.of(0.5, 0.6), GeoPoint.of(3, 3))
            .build());
    private final Sequence hills = world.store(TestSequences.aSequence()
            .owner(bob())
            .key("s2")
            .name("Hills")
            .tags("forest")
            .transport(TransportType.WALK)
            .capturedAt(Instant.parse("2024-06-01T08:00:00Z"))
            .points(GeoPoint.of(5, 5), GeoPoint.of(5, 6))
            .build());
    private final Sequence lake = world.store(TestSequences.aSequence()
            .owner(bob())
            .key("s3")
            .name("Lake")
            .transport(TransportType.KAYAK)
            .capturedAt(Instant.parse("2023-01-01T08:00:00Z"))
            .points(GeoPoint.of(0.2, 0.2))
            .build());

    private List<SequenceSummary> search(SearchSequencesUseCase.Query q) {
        return world.app.queries.search(q).items();
    }

    private SearchSequencesUseCase.Query query(
            String name, Tags tags, TransportType type, SequenceSort sort, ChallengeId challenge) {
        return new SearchSequencesUseCase.Query(
                null,
                name,
                null,
                tags,
                type,
                null,
                null,
                null,
                null,
                null,
                challenge,
                false,
                sort,
                PageRequest.first(20));
    }

    @Test
    void filtersCombineAndEveryTagMustMatch() {
        assertThat(search(query("COAST", null, null, null, null)))
                .extracting(SequenceSummary::id)
                .containsExactly(coast.id());
        assertThat(search(query(null, Tags.parse("forest"), null, null, null))).hasSize(2);
        assertThat(search(query(null, Tags.parse("forest,coast"), null, null, null)))
                .extracting(SequenceSummary::id)
                .containsExactly(coast.id());
        assertThat(search(query(null, null, TransportType.EARTH, null, null)))
                .extracting(SequenceSummary::id)
                .containsExactlyInAnyOrder(coast.id(), hills.id());
    }

    @Test
    void sortsAreDescendingAndDraftsOnlyShowToTheirOwnerOnRequest() {
        world.app.likes.like(alice(), LikeTarget.sequence(lake.id()));
        Sequence draft =
                world.store(TestSequences.aSequence().owner(alice()).key("s4").buildDraft());

        assertThat(search(query(null, null, null, SequenceSort.LATEST, null)))
                .extracting(SequenceSummary::id)
                .containsExactly(hills.id(), coast.id(), lake.id());
        assertThat(search(query(null, null, null, SequenceSort.MOST_LIKES, null))
                        .get(0)
                        .id())
                .isEqualTo(lake.id());
        assertThat(search(SearchSequencesUseCase.Query.draftsOf(alice(), PageRequest.first(20))))
                .extracting(SequenceSummary::id)
                .containsExactly(draft.id());
        assertThat(search(SearchSequencesUseCase.Query.draftsOf(bob(), PageRequest.first(20))))
                .isEmpty();
        assertThat(search(query(null, null, null, null, null)))
                .extracting(SequenceSummary::id)
                .doesNotContain(draft.id());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        SearchSequencesUseCase.Query firstPage = new SearchSequencesUseCase.Query(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                SequenceSort.DISTANCE,
                PageRequest.first(2));
        Page<SequenceSummary> one = world.app.queries.search(firstPage);
        Page<SequenceSummary> two = world.app.queries.search(new SearchSequencesUseCase.Query(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                SequenceSort.DISTANCE,
                new PageRequest(2, one.nextCursor())));

        assertThat(Stream.concat(one.items().stream(), two.items().stream()).map(SequenceSummary::id))
                .containsExactly(coast.id(), hills.id(), lake.id());
    }

    private ChallengeView unitSquareChallenge(UserId owner, Set<TransportType> types) {
        Polygon square = Polygon.of(LinearRing.of(List.of(
                GeoPoint.of(0, 0), GeoPoint.of(1, 0), GeoPoint.of(1, 1), GeoPoint.of(0, 1), GeoPoint.of(0, 0))));
        return world.app.challenges.create(new CreateChallengeUseCase.Command(
                owner,
                "Square",
                null,
                square,
                TimeRange.ofDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                types,
                Set.of(),
                ChallengeMetric.PHOTOS));
    }

    @Test
    void aChallengeLeaderboardCountsOnlyPhotosInsideItsAreaWindowAndFilters() {
        ChallengeView challenge = unitSquareChallenge(bob(), Set.of(TransportType.EARTH));

        Page<ChallengeLeaderboardRow> rows =
                world.app.challenges.leaderboard(challenge.challenge().id(), PageRequest.first(10));

        assertThat(rows.items()).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo(Username.of("alice"));
            assertThat(row.photos()).isEqualTo(2);
            assertThat(row.rank()).isEqualTo(1);
        });
        assertThat(search(query(null, null, null, null, challenge.challenge().id())))
                .extracting(SequenceSummary::id)
                .containsExactly(coast.id());
    }

    @Test
    void challengesListByStatusAndOnlyTheOwnerChangesThem() {
        ChallengeView challenge = unitSquareChallenge(bob(), Set.of());
        ChallengeId id = challenge.challenge().id();
        world.stores.clock.set(Instant.parse("2024-03-01T00:00:00Z"));

        assertThat(world.app
                        .challenges
                        .list(ChallengeStatus.ACTIVE, PageRequest.first(10))
                        .items())
                .hasSize(1);
        assertThat(world.app
                        .challenges
                        .list(ChallengeStatus.COMPLETED, PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> world.app.challenges.edit(new EditChallengeUseCase.Command(
                        alice(), id, ChallengeChanges.none().withName("Taken"))))
                .isInstanceOf(NotOwnerException.class);
        assertThat(world.app
                        .challenges
                        .edit(new EditChallengeUseCase.Command(
                                bob(), id, ChallengeChanges.none().withName("Renamed")))
                        .challenge()
                        .name())
                .isEqualTo("Renamed");
        assertThatThrownBy(() -> world.app.challenges.delete(alice(), id)).isInstanceOf(NotOwnerException.class);
        world.app.challenges.delete(bob(), id);
        assertThatThrownBy(() -> world.app.challenges.get(id)).isInstanceOf(NotFoundException.class);
    }
}
