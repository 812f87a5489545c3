package org.mtp.application.port.out.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.application.service.challenge.Candidates;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.challenge.ChallengeContribution;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.challenge.TestChallenges;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Contract of {@link ChallengeCandidates}: whatever a store prefilters, every published sequence the challenge counts
 * reaches the domain with its photos in order. Checked by scoring the candidates and comparing each user's sum with the
 * scores of every stored sequence.
 */
public abstract class ChallengeCandidatesContract extends StoreContractSupport {

    private static final Instant DURING = TestChallenges.DURING;
    private static final Instant BEFORE = TestChallenges.START.minusSeconds(86_400);

    private final List<Sequence> published = new ArrayList<>();

    private void publish(Sequence s) {
        published.add(stored(s));
    }

    private Map<UserId, ChallengeContribution> scoredCandidates(Challenge challenge) {
        Map<UserId, ChallengeContribution> sums = new HashMap<>();
        List<ChallengeCandidate> handed = new ArrayList<>();
        run(() -> world.challengeCandidates().forEachCandidate(challenge, handed::add));
        for (ChallengeCandidate candidate : handed) {
            ChallengeContribution score = challenge.score(candidate);
            if (!score.equals(ChallengeContribution.NONE)) {
                sums.merge(candidate.owner(), score, ChallengeContribution::plus);
            }
        }
        return sums;
    }

    private Map<UserId, ChallengeContribution> reference(Challenge challenge) {
        Map<UserId, ChallengeContribution> sums = new HashMap<>();
        for (Sequence s : published) {
            ChallengeContribution score = challenge.score(Candidates.of(s));
            if (!score.equals(ChallengeContribution.NONE)) {
                sums.merge(s.owner(), score, ChallengeContribution::plus);
            }
        }
        return sums;
    }

    private static Challenge challenge(Area area, Set<TransportType> types, Set<CameraMake> makes) {
        return Challenge.create(
                ChallengeId.of(UUID.randomUUID()),
                TestChallenges.OWNER,
                new ChallengeSettings(
                        "Test",
                        null,
                        area,
                        TestChallenges.window(),
                        ChallengeFilters.of(types, makes),
                        ChallengeMetric.DISTANCE),
                TestChallenges.CREATED_AT);
    }

    @Test
    void everySequenceTheChallengeCountsIsHandedOverWithItsPhotosInOrder() {
        UserId walker = user("walker");
        UserId rider = user("rider");
        UserId paddler = user("paddler");
        publish(TestSequences.aSequence()
                .owner(walker)
                .capturedAt(DURING)
                .points(GeoPoint.of(1, 1), GeoPoint.of(2, 1), GeoPoint.of(2.5, 1.5))
                .build());
        publish(TestSequences.aSequence()
                .owner(walker)
                .capturedAt(BEFORE)
                .photos(
                        TestPhotos.photoAt("late-0", 8, 8, DURING),
                        TestPhotos.photoAt("late-1", 8.5, 8, DURING.plusSeconds(1)),
                        TestPhotos.photo("late-2", 9, 8))
                .build());
        publish(TestSequences.aSequence()
                .owner(rider)
                .transport(TransportType.BICYCLE)
                .capturedAt(DURING)
                .photos(TestPhotos.photoAt("early-0", 1, 9, BEFORE), TestPhotos.photo("early-1", 1.5, 9))
                .build());
        publish(TestSequences.aSequence()
                .owner(rider)
                .transport(TransportType.BICYCLE)
                .camera("GOPRO", "Max")
                .capturedAt(DURING)
                .points(GeoPoint.of(-1, 5), GeoPoint.of(1, 5), GeoPoint.of(4, 5), GeoPoint.of(8, 5))
                .build());
        publish(TestSequences.aSequence()
                .owner(paddler)
                .transport(TransportType.KAYAK)
                .camera("Sony", "A7")
                .capturedAt(DURING)
                .points(GeoPoint.of(0, 0), GeoPoint.of(10, 10))
                .build());
        publish(TestSequences.aSequence()
                .owner(paddler)
                .camera(null, null)
                .capturedAt(DURING)
                .points(GeoPoint.of(9.5, 0.5), GeoPoint.of(9.9, 0.9))
                .build());
        publish(TestSequences.aSequence()
                .owner(paddler)
                .capturedAt(DURING)
                .points(GeoPoint.of(20, 20), GeoPoint.of(21, 21))
                .build());
        stored(TestSequences.aSequence().owner(paddler).buildDraft());

        for (Challenge challenge : List.of(
                challenge(TestAreas.squareWithHole(), Set.of(), Set.of()),
                challenge(TestAreas.squareWithHole(), Set.of(TransportType.EARTH), Set.of()),
                challenge(TestAreas.squareWithHole(), Set.of(TransportType.WATER, TransportType.BICYCLE), Set.of()),
                challenge(TestAreas.squareWithHole(), Set.of(), Set.of(CameraMake.of("gopro"))),
                challenge(TestAreas.rectangle(0.5, 0.5, 2, 2), Set.of(), Set.of()))) {
            Map<UserId, ChallengeContribution> expected = reference(challenge);
            assertThat(expected).isNotEmpty();
            assertThat(scoredCandidates(challenge))
                    .as(challenge.settings().toString())
                    .isEqualTo(expected);
        }
    }

    @Test
    void aPhotoOnTheAntimeridianCountsForAnAreaTouchingItFromTheOtherSide() {
        UserId sailor = user("sailor");
        publish(TestSequences.aSequence()
                .owner(sailor)
                .capturedAt(DURING)
                .points(GeoPoint.of(-180, 0), GeoPoint.of(-179.5, 0))
                .build());
        publish(TestSequences.aSequence()
                .owner(sailor)
                .capturedAt(DURING)
                .points(GeoPoint.of(179.5, 1), GeoPoint.of(180, 1))
                .build());

        for (Challenge challenge : List.of(
                challenge(TestAreas.rectangle(170, -5, 180, 5), Set.of(), Set.of()),
                challenge(TestAreas.rectangle(-180, -5, -170, 5), Set.of(), Set.of()))) {
            Map<UserId, ChallengeContribution> expected = reference(challenge);
            assertThat(expected).containsOnlyKeys(sailor);
            assertThat(scoredCandidates(challenge)).isEqualTo(expected);
        }
    }
}
