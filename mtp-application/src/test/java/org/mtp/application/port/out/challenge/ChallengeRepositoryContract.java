package org.mtp.application.port.out.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.challenge.TestChallenges;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Contract of {@link ChallengeRepository}: every implementation runs these tests through a subclass. */
public abstract class ChallengeRepositoryContract extends StoreContractSupport {

    private static final Instant NOW = Instant.parse("2024-06-15T00:00:00Z");

    /** Challenges have no equality of their own: compare everything a caller sees. */
    private static List<Object> fieldsOf(Challenge c) {
        return List.of(c.id(), c.owner(), c.settings(), c.createdAt());
    }

    private List<Object> loaded(ChallengeId id) {
        return fieldsOf(tx(() -> world.challenges().findById(id)).orElseThrow());
    }

    private Challenge challenge(UserId owner, Area area, TimeRange window, Instant createdAt) {
        return named("Summer", owner, window, createdAt, area);
    }

    private Challenge named(String name, UserId owner, TimeRange window, Instant createdAt, Area area) {
        return Challenge.create(
                ChallengeId.of(UUID.randomUUID()),
                owner,
                new ChallengeSettings(
                        name,
                        "All <b>paths</b>",
                        area,
                        window,
                        ChallengeFilters.of(
                                Set.of(TransportType.EARTH, TransportType.KAYAK),
                                Set.of(CameraMake.of("GoPro"), CameraMake.of("dji"))),
                        ChallengeMetric.DISTANCE),
                createdAt);
    }

    private Challenge saved(Challenge challenge) {
        run(() -> world.challenges().save(challenge));
        return challenge;
    }

    @Test
    void aChallengeWithAPolygonWithAHoleComesBackExactly() {
        Challenge c = saved(challenge(
                user("organiser"), TestAreas.squareWithHole(), TestChallenges.window(), TestChallenges.CREATED_AT));

        assertThat(loaded(c.id())).isEqualTo(fieldsOf(c));
        assertThat(tx(() -> world.challenges().findById(ChallengeId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void multiPolygonsComeBackExactlyEvenWithOneMember() {
        UserId owner = user("organiser");
        Challenge two = saved(challenge(
                owner,
                MultiPolygon.of(List.of(TestAreas.squareWithHole(), TestAreas.rectangle(-20.5, -10, -12.25, -1))),
                TestChallenges.window(),
                TestChallenges.CREATED_AT));
        Challenge one = saved(challenge(
                owner,
                MultiPolygon.of(List.of(TestAreas.rectangle(1, 2, 3, 4))),
                TestChallenges.window(),
                TestChallenges.CREATED_AT));

        assertThat(loaded(two.id())).isEqualTo(fieldsOf(two));
        assertThat(loaded(one.id())).isEqualTo(fieldsOf(one));
        assertThat(tx(() -> world.challenges().findById(one.id())).orElseThrow().area())
                .isInstanceOf(MultiPolygon.class);
    }

    @Test
    void anEditedChallengeComesBackEdited() {
        UserId owner = user("organiser");
        Challenge c =
                saved(challenge(owner, TestAreas.squareWithHole(), TestChallenges.window(), TestChallenges.CREATED_AT));

        run(() -> {
            Challenge current = world.challenges().findById(c.id()).orElseThrow();
            current.edit(
                    owner,
                    ChallengeChanges.none()
                            .withName("Winter")
                            .withoutDescription()
                            .withArea(TestAreas.rectangle(0, 0, 1, 1))
                            .withCameraMakes(Set.of())
                            .withMetric(ChallengeMetric.PHOTOS));
            world.challenges().save(current);
            c.edit(
                    owner,
                    ChallengeChanges.none()
                            .withName("Winter")
                            .withoutDescription()
                            .withArea(TestAreas.rectangle(0, 0, 1, 1))
                            .withCameraMakes(Set.of())
                            .withMetric(ChallengeMetric.PHOTOS));
        });

        assertThat(loaded(c.id())).isEqualTo(fieldsOf(c));
    }

    @Test
    void listsSelectByStatusAtAnInstantNewestFirst() {
        UserId owner = user("organiser");
        List<Challenge> all = new ArrayList<>();
        Instant day = Instant.parse("2024-01-01T00:00:00Z");
        all.add(saved(challenge(owner, TestAreas.squareWithHole(), TimeRange.of(day, NOW), day)));
        all.add(saved(challenge(owner, TestAreas.squareWithHole(), TimeRange.of(NOW, NOW.plusSeconds(1)), day)));
        all.add(saved(challenge(
                owner, TestAreas.squareWithHole(), TimeRange.of(day, NOW.plusMillis(1)), day.plusSeconds(1))));
        all.add(saved(challenge(
                owner,
                TestAreas.squareWithHole(),
                TimeRange.of(NOW.plusMillis(1), NOW.plusSeconds(9)),
                day.plusSeconds(2))));
        all.add(saved(challenge(owner, TestAreas.squareWithHole(), TimeRange.of(day, day.plusSeconds(1)), day)));
        Comparator<Challenge> newestFirst = Comparator.comparing(Challenge::createdAt)
                .thenComparing(c -> c.id().value().toString())
                .reversed();

        for (ChallengeStatus status :
                new ChallengeStatus[] {null, ChallengeStatus.UPCOMING, ChallengeStatus.ACTIVE, ChallengeStatus.COMPLETED
                }) {
            List<ChallengeId> expected = all.stream()
                    .filter(c -> status == null || c.status(NOW) == status)
                    .sorted(newestFirst)
                    .map(Challenge::id)
                    .toList();
            for (int limit : new int[] {1, 2, 100}) {
                assertThat(allPages(
                                limit,
                                page -> tx(() -> world.challenges().list(new ChallengeQuery(status, null), NOW, page))))
                        .as("%s in pages of %d", status, limit)
                        .extracting(Challenge::id)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aDeletedChallengeIsGone() {
        UserId owner = user("organiser");
        Challenge doomed = saved(challenge(owner, TestAreas.squareWithHole(), TestChallenges.window(), NOW));
        Challenge kept = saved(challenge(owner, TestAreas.squareWithHole(), TestChallenges.window(), NOW));

        run(() -> world.challenges().delete(doomed.id()));

        assertThat(tx(() -> world.challenges().findById(doomed.id()))).isEmpty();
        assertThat(allPages(10, page -> tx(() -> world.challenges().list(ChallengeQuery.all(), NOW, page))))
                .extracting(Challenge::id)
                .containsExactly(kept.id());
    }

    @Test
    void anUnreadableCursorIsAValidationFailureOnTheCursor() {
        saved(challenge(user("organiser"), TestAreas.squareWithHole(), TestChallenges.window(), NOW));

        assertThatThrownBy(() ->
                        tx(() -> world.challenges().list(ChallengeQuery.all(), NOW, new PageRequest(1, "o-1"))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void aNameSearchFindsThePartAnywhereIgnoringCaseTakesWildcardsLiterallyAndCombinesWithTheStatus() {
        UserId owner = user("organiser");
        Instant day = Instant.parse("2024-01-01T00:00:00Z");
        TimeRange past = TimeRange.of(day, day.plusSeconds(1));
        TimeRange now = TimeRange.of(day, NOW.plusSeconds(1));
        for (String name : List.of("Summer Coast", "coastal", "50% COAST", "a_b", "aXb")) {
            saved(named(name, owner, now, day, TestAreas.squareWithHole()));
        }
        saved(named("Old coast", owner, past, day, TestAreas.squareWithHole()));

        assertThat(namesFound(new ChallengeQuery(null, "Coast")))
                .containsExactlyInAnyOrder("Summer Coast", "coastal", "50% COAST", "Old coast");
        assertThat(namesFound(new ChallengeQuery(ChallengeStatus.ACTIVE, "COAST")))
                .containsExactlyInAnyOrder("Summer Coast", "coastal", "50% COAST");
        assertThat(namesFound(new ChallengeQuery(ChallengeStatus.COMPLETED, "coast")))
                .containsExactly("Old coast");
        assertThat(namesFound(new ChallengeQuery(null, "%"))).containsExactly("50% COAST");
        assertThat(namesFound(new ChallengeQuery(null, "_"))).containsExactly("a_b");
        assertThat(namesFound(new ChallengeQuery(null, "winter"))).isEmpty();
    }

    private List<String> namesFound(ChallengeQuery query) {
        return allPages(2, page -> tx(() -> world.challenges().list(query, NOW, page))).stream()
                .map(c -> c.settings().name())
                .toList();
    }
}
