package org.mtp.domain.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.challenge.TestChallenges.DURING;
import static org.mtp.domain.challenge.TestChallenges.candidate;
import static org.mtp.domain.challenge.TestChallenges.candidateCapturedAt;
import static org.mtp.domain.challenge.TestChallenges.challenge;
import static org.mtp.domain.challenge.TestChallenges.photo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Haversine;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;

/** The default challenge covers (0,0)..(10,10) minus the hole (3,3)..(7,7), during June 2024. */
class ChallengeScoringTest {

    private static final Distance ONE_DEGREE_EAST_AT_LAT_1 = Distance.ofMetres(111_178);

    @ParameterizedTest(name = "photo at ({0}, {1}) counts: {2}")
    @CsvSource({
        "1, 1, true",
        "0, 0, true",
        "0, 5, true",
        "10, 10, true",
        "3, 5, true",
        "7, 7, true",
        "5, 5, false",
        "-0.000001, 5, false",
        "10.000001, 5, false",
        "50, 5, false",
    })
    void aPhotoCountsInsideTheAreaAndOnItsBoundary(double lon, double lat, boolean counts) {
        ChallengeCandidate candidate = candidate(photo(lon, lat, DURING));
        assertThat(challenge().score(candidate).photos()).isEqualTo(counts ? 1 : 0);
        assertThat(challenge().selects(candidate)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "photo at {0} counts: {1}")
    @CsvSource({
        "2024-05-31T23:59:59.999Z, false",
        "2024-06-01T00:00:00Z, true",
        "2024-06-30T23:59:59.999Z, true",
        "2024-07-01T00:00:00Z, false",
        "2024-07-01T00:00:00.001Z, false",
    })
    void aPhotoCountsInTheHalfOpenWindow(String capturedAt, boolean counts) {
        ChallengeCandidate candidate = candidate(photo(1, 1, Instant.parse(capturedAt)));
        assertThat(challenge().score(candidate).photos()).isEqualTo(counts ? 1 : 0);
        assertThat(challenge().selects(candidate)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "photo at {0} counts: {1}")
    @CsvSource({
        "2024-05-31T23:59:59.999Z, false",
        "2024-06-01T00:00:00Z, true",
        "2024-06-30T23:59:59.999Z, true",
        "2024-07-01T00:00:00Z, false",
    })
    void aWindowOfDatesIncludesTheWholeLastDay(String capturedAt, boolean counts) {
        TimeRange june = TimeRange.ofDates(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30"));
        Challenge challenge = challenge(ChallengeChanges.none().withWindow(june));
        assertThat(challenge
                        .score(candidate(photo(1, 1, Instant.parse(capturedAt))))
                        .photos())
                .isEqualTo(counts ? 1 : 0);
    }

    @Test
    void aPhotoWithoutItsOwnTimeTakesTheSequences() {
        assertThat(challenge().score(candidateCapturedAt(DURING, photo(1, 1))).photos())
                .isEqualTo(1);
        assertThat(challenge()
                        .score(candidateCapturedAt(Instant.parse("2024-07-01T00:00:00Z"), photo(1, 1)))
                        .photos())
                .isZero();
        assertThat(challenge().score(candidateCapturedAt(null, photo(1, 1))).photos())
                .isZero();
        assertThat(challenge().selects(candidateCapturedAt(null, photo(1, 1)))).isFalse();
    }

    @Test
    void aPhotosOwnTimeWinsOverTheSequences() {
        ChallengeCandidate candidate =
                candidateCapturedAt(Instant.parse("2023-01-01T00:00:00Z"), photo(1, 1, DURING), photo(2, 1));
        assertThat(challenge().score(candidate).photos()).isEqualTo(1);
    }

    @ParameterizedTest(name = "filter {0}, sequence {1}: {2}")
    @CsvSource({
        "EARTH, BICYCLE, true",
        "EARTH, WALK, true",
        "EARTH, EARTH, true",
        "EARTH, SKI, false",
        "BICYCLE, BICYCLE, true",
        "BICYCLE, WALK, false",
        "BICYCLE, EARTH, false",
    })
    void theTransportFilterApplies(TransportType filter, TransportType sequence, boolean counts) {
        Challenge challenge = challenge(ChallengeChanges.none().withTransportTypes(Set.of(filter)));
        ChallengeCandidate candidate =
                candidate(sequence, CameraMake.of("GoPro"), photo(1, 1, DURING), photo(2, 1, DURING));
        assertThat(challenge.score(candidate))
                .isEqualTo(counts ? ChallengeContribution.of(2, ONE_DEGREE_EAST_AT_LAT_1) : ChallengeContribution.NONE);
        assertThat(challenge.selects(candidate)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "filter GoPro, sequence {0}: {1}")
    @CsvSource({"GoPro, true", "gopro, true", "GOPRO , true", "Sony, false", ", false"})
    void theCameraFilterAppliesIgnoringCase(String make, boolean counts) {
        Challenge challenge = challenge(ChallengeChanges.none().withCameraMakes(Set.of(CameraMake.of("GoPro"))));
        ChallengeCandidate candidate =
                candidate(TransportType.WALK, make == null ? null : CameraMake.of(make), photo(1, 1, DURING));
        assertThat(challenge.score(candidate).photos()).isEqualTo(counts ? 1 : 0);
        assertThat(challenge.selects(candidate)).isEqualTo(counts);
    }

    @Test
    void emptyFiltersAdmitAnyTransportAndCamera() {
        ChallengeCandidate drone = candidate(TransportType.DRONE, null, photo(1, 1, DURING));
        assertThat(challenge().score(drone).photos()).isEqualTo(1);
        assertThat(challenge().selects(drone)).isTrue();
    }

    @Test
    void aTrackWhollyInsideScoresExactlyItsOwnDistance() {
        List<Photo> photos = List.of(
                photo(1, 1, DURING),
                photo(1.5, 1.3, DURING),
                photo(2, 2.1, DURING),
                photo(2.2, 2.9, DURING),
                photo(8, 9, DURING));
        List<GeoPoint> points = photos.stream().map(Photo::point).toList();
        ChallengeContribution contribution = challenge().score(candidate(photos.toArray(Photo[]::new)));
        assertThat(contribution.photos()).isEqualTo(5);
        assertThat(contribution.distance()).isEqualTo(Distance.ofKm(Haversine.trackKm(points)));
    }

    @Test
    void distanceCountsOnlySegmentsWhoseBothPhotosCount() {
        // In, out (east of the area), back in, in, then into the hole, then in again.
        ChallengeContribution contribution = challenge()
                .score(candidate(
                        photo(9, 1, DURING),
                        photo(11, 1, DURING),
                        photo(9, 1, DURING),
                        photo(8, 1, DURING),
                        photo(5, 5, DURING),
                        photo(1, 1, DURING)));
        assertThat(contribution.photos()).isEqualTo(4);
        assertThat(contribution.distance()).isEqualTo(ONE_DEGREE_EAST_AT_LAT_1);
    }

    @Test
    void aPhotoOutsideTheWindowBreaksTheTrackToo() {
        ChallengeContribution contribution = challenge()
                .score(candidate(
                        photo(1, 1, DURING), photo(2, 1, Instant.parse("2024-07-02T00:00:00Z")), photo(3, 1, DURING)));
        assertThat(contribution).isEqualTo(ChallengeContribution.of(2, Distance.ZERO));
    }

    @Test
    void aSegmentBetweenCountedPhotosCountsEvenWhereItPassesAHole() {
        ChallengeContribution contribution = challenge().score(candidate(photo(2, 5, DURING), photo(8, 5, DURING)));
        assertThat(contribution).isEqualTo(ChallengeContribution.of(2, Distance.ofMetres(664_629)));
    }

    @Test
    void distanceIsRoundedOncePerSequenceNotPerSegment() {
        // Three segments of about 0.445 m: each would round to 0 m, together they are 1.334 m.
        double step = 0.000004;
        ChallengeContribution contribution = challenge()
                .score(candidate(
                        photo(1, 1, DURING),
                        photo(1 + step, 1, DURING),
                        photo(1 + 2 * step, 1, DURING),
                        photo(1 + 3 * step, 1, DURING)));
        assertThat(Haversine.km(GeoPoint.of(1, 1), GeoPoint.of(1 + step, 1)) * 1000)
                .isLessThan(0.5);
        assertThat(contribution).isEqualTo(ChallengeContribution.of(4, Distance.ofMetres(1)));
    }

    @Test
    void aSequenceWithoutCountedPhotosScoresNothing() {
        assertThat(challenge().score(candidate(photo(50, 50, DURING), photo(51, 50, DURING))))
                .isEqualTo(ChallengeContribution.NONE);
        assertThat(challenge().score(candidate())).isEqualTo(ChallengeContribution.NONE);
        assertThat(challenge().selects(candidate())).isFalse();
    }

    @Test
    void selectsASequenceWhoseOnlyCountedPhotoIsItsLast() {
        assertThat(challenge().selects(candidate(photo(50, 50, DURING), photo(5, 5, DURING), photo(1, 1, DURING))))
                .isTrue();
        assertThat(challenge().selects(candidate(photo(50, 50, DURING), photo(5, 5, DURING))))
                .isFalse();
    }

    @Test
    void rejectsAMissingCandidate() {
        assertThatThrownBy(() -> challenge().score(null)).hasMessage("'candidate' must not be null");
        assertThatThrownBy(() -> challenge().selects(null)).hasMessage("'candidate' must not be null");
    }
}
