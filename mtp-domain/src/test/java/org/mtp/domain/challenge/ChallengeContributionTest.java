package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.transport.TransportType;

class ChallengeContributionTest {

    @Test
    void addsPhotosAndWholeMetres() {
        assertThat(ChallengeContribution.of(2, Distance.ofMetres(150))
                        .plus(ChallengeContribution.of(3, Distance.ofMetres(7))))
                .isEqualTo(ChallengeContribution.of(5, Distance.ofMetres(157)));
        assertThat(ChallengeContribution.NONE).isEqualTo(ChallengeContribution.of(0, Distance.ZERO));
    }

    @Test
    void refusesToOverflow() {
        ChallengeContribution big = ChallengeContribution.of(Integer.MAX_VALUE, Distance.ZERO);
        assertThatThrownBy(() -> big.plus(ChallengeContribution.of(1, Distance.ZERO)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> ChallengeContribution.of(-1, Distance.ZERO))
                .hasMessage("'photos' must not be negative");
        assertThatThrownBy(() -> ChallengeContribution.of(0, null)).hasMessage("'distance' must not be null");
    }

    @Test
    void eachMetricMeasuresItsOwnValue() {
        ChallengeContribution contribution = ChallengeContribution.of(12, Distance.ofMetres(3_456));
        assertThat(ChallengeMetric.PHOTOS.measure(contribution)).isEqualTo(12L);
        assertThat(ChallengeMetric.DISTANCE.measure(contribution)).isEqualTo(3_456L);
    }

    @Test
    void aCandidateKeepsItsPhotosInOrderAndAcceptsUnknowns() {
        Photo first = TestChallenges.photo(1, 1);
        Photo second = TestChallenges.photo(2, 2);
        List<Photo> photos = new ArrayList<>(List.of(first, second));
        ChallengeCandidate candidate = new ChallengeCandidate(
                TestChallenges.PARTICIPANT,
                TransportType.WALK,
                null,
                Instant.parse("2024-06-01T10:00:00.123999Z"),
                photos);
        photos.clear();
        assertThat(candidate.photos()).containsExactly(first, second);
        assertThat(candidate.sequenceCapturedAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00.123Z"));
        assertThat(candidate.cameraMake()).isNull();
        assertThatThrownBy(() -> candidate.photos().add(first)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ChallengeCandidate(
                                TestChallenges.PARTICIPANT, TransportType.WALK, CameraMake.of("x"), null, List.of())
                        .sequenceCapturedAt())
                .isNull();
    }

    @Test
    void aCandidateNeedsOwnerTransportAndPhotos() {
        assertThatThrownBy(() -> new ChallengeCandidate(null, TransportType.WALK, null, null, List.of()))
                .hasMessage("'owner' must not be null");
        assertThatThrownBy(() -> new ChallengeCandidate(TestChallenges.PARTICIPANT, null, null, null, List.of()))
                .hasMessage("'transport_type' must not be null");
        assertThatThrownBy(
                        () -> new ChallengeCandidate(TestChallenges.PARTICIPANT, TransportType.WALK, null, null, null))
                .hasMessage("'photos' must not be null");
        assertThatThrownBy(() -> new ChallengeCandidate(
                        TestChallenges.PARTICIPANT,
                        TransportType.WALK,
                        null,
                        null,
                        Arrays.asList(TestChallenges.photo(1, 1), null)))
                .hasMessage("'photos' must not be null");
    }
}
