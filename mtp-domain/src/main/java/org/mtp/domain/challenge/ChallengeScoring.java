package org.mtp.domain.challenge;

import java.time.Instant;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Haversine;
import org.mtp.domain.sequence.Photo;

/**
 * The counting rules of a challenge, photo by photo, every setting applied (the original ignored the dates and the
 * transport type). A photo counts when its sequence passes the filters, it lies in the area (boundary included) and its
 * capture time, or the sequence's when it has none, is in the window {@code [start, end)}.
 *
 * <p>Distance: the haversine lengths of the segments whose two photos both count, added in track order as doubles and
 * rounded to whole metres once per sequence. A sequence wholly inside thus scores exactly its own distance (the same
 * sum, rounded the same way), no per-segment rounding error accumulates over short photo spacings, and a user's total
 * is a sum of whole metres, so rankings never depend on the order of a floating-point sum.
 */
final class ChallengeScoring {

    private ChallengeScoring() {}

    static ChallengeContribution score(ChallengeSettings settings, ChallengeCandidate candidate) {
        if (!settings.filters().admits(candidate.transportType(), candidate.cameraMake())) {
            return ChallengeContribution.NONE;
        }
        int photos = 0;
        double km = 0;
        GeoPoint previous = null;
        boolean previousCounts = false;
        for (Photo photo : candidate.photos()) {
            boolean counts = counts(settings, photo, candidate.sequenceCapturedAt());
            if (counts) {
                photos++;
                if (previousCounts) {
                    km += Haversine.km(previous, photo.point());
                }
            }
            previous = photo.point();
            previousCounts = counts;
        }
        return new ChallengeContribution(photos, Distance.ofKm(km));
    }

    /** The search filter "in challenge": at least one photo counts. */
    static boolean selects(ChallengeSettings settings, ChallengeCandidate candidate) {
        if (!settings.filters().admits(candidate.transportType(), candidate.cameraMake())) {
            return false;
        }
        for (Photo photo : candidate.photos()) {
            if (counts(settings, photo, candidate.sequenceCapturedAt())) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(ChallengeSettings settings, Photo photo, Instant sequenceCapturedAt) {
        return settings.window().contains(photo.capturedAtOr(sequenceCapturedAt))
                && settings.area().contains(photo.point());
    }
}
