package org.mtp.domain.challenge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Test data for challenges: a June 2024 challenge over the square (0,0)..(10,10) with the hole (3,3)..(7,7), no
 * filters, ranked by photos; and candidates walking with a GoPro in the middle of June.
 */
public final class TestChallenges {

    public static final ChallengeId ID = ChallengeId.of(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    public static final UserId OWNER = UserId.of(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    public static final UserId SOMEONE_ELSE = UserId.of(UUID.fromString("a0000000-0000-4000-8000-000000000002"));
    public static final UserId PARTICIPANT = UserId.of(UUID.fromString("a0000000-0000-4000-8000-000000000003"));
    public static final Instant START = Instant.parse("2024-06-01T00:00:00Z");
    public static final Instant END = Instant.parse("2024-07-01T00:00:00Z");
    public static final Instant DURING = Instant.parse("2024-06-15T10:00:00Z");
    public static final Instant CREATED_AT = Instant.parse("2024-05-20T08:30:00Z");
    public static final String NAME = "Summer of paths";
    public static final String DESCRIPTION = "Capture <b>every</b> trail.";

    private static final AtomicInteger PHOTO_KEYS = new AtomicInteger();

    private TestChallenges() {}

    public static Area area() {
        return TestAreas.squareWithHole();
    }

    public static TimeRange window() {
        return TimeRange.of(START, END);
    }

    public static ChallengeSettings settings() {
        return new ChallengeSettings(
                NAME, DESCRIPTION, area(), window(), ChallengeFilters.NONE, ChallengeMetric.PHOTOS);
    }

    /** The default settings with {@code changes} applied. */
    public static ChallengeSettings settings(ChallengeChanges changes) {
        return changes.applyTo(settings());
    }

    public static Challenge challenge() {
        return Challenge.create(ID, OWNER, settings(), CREATED_AT);
    }

    public static Challenge challenge(ChallengeChanges changes) {
        return Challenge.create(ID, OWNER, settings(changes), CREATED_AT);
    }

    /** A photo without its own capture time (it takes the sequence's). */
    public static Photo photo(double lon, double lat) {
        return photo(lon, lat, null);
    }

    public static Photo photo(double lon, double lat, Instant capturedAt) {
        return Photo.of(ImageKey.of("photo" + PHOTO_KEYS.incrementAndGet()), GeoPoint.of(lon, lat), null, capturedAt);
    }

    /** A walk with a GoPro, captured {@link #DURING} the challenge. */
    public static ChallengeCandidate candidate(Photo... photos) {
        return candidate(TransportType.WALK, CameraMake.of("GoPro"), photos);
    }

    public static ChallengeCandidate candidate(TransportType transportType, CameraMake cameraMake, Photo... photos) {
        return new ChallengeCandidate(PARTICIPANT, transportType, cameraMake, DURING, Arrays.asList(photos));
    }

    public static ChallengeCandidate candidateCapturedAt(Instant sequenceCapturedAt, Photo... photos) {
        return new ChallengeCandidate(
                PARTICIPANT, TransportType.WALK, CameraMake.of("GoPro"), sequenceCapturedAt, Arrays.asList(photos));
    }

    /** A leaderboard entry for a user whose id is derived from the username. */
    public static ChallengeLeaderboardEntry entry(String username, int photos, long metres) {
        return new ChallengeLeaderboardEntry(
                userIdOf(username), Username.of(username), ChallengeContribution.of(photos, Distance.ofMetres(metres)));
    }

    public static UserId userIdOf(String username) {
        return UserId.of(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)));
    }
}
