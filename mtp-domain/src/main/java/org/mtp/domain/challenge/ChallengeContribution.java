package org.mtp.domain.challenge;

import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Distance;

/** What counted towards a challenge: photos, and the distance in whole metres between consecutive counted photos. */
public record ChallengeContribution(int photos, Distance distance) {

    public static final ChallengeContribution NONE = new ChallengeContribution(0, Distance.ZERO);

    public ChallengeContribution {
        Require.that(photos >= 0, "photos", "must not be negative");
        Require.notNull("distance", distance);
    }

    public static ChallengeContribution of(int photos, Distance distance) {
        return new ChallengeContribution(photos, distance);
    }

    /** Totals are sums of whole metres, so a user's total never depends on the order contributions are added in. */
    public ChallengeContribution plus(ChallengeContribution other) {
        return new ChallengeContribution(Math.addExact(photos, other.photos), distance.plus(other.distance));
    }
}
