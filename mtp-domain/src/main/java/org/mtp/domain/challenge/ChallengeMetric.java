package org.mtp.domain.challenge;

/** What a challenge ranks its participants by: counted photos, or the distance between counted photos. */
public enum ChallengeMetric {
    PHOTOS,
    DISTANCE;

    /** The value of a contribution in this metric: photos, or whole metres (rankings never compare fractions). */
    public long measure(ChallengeContribution contribution) {
        return switch (this) {
            case PHOTOS -> contribution.photos();
            case DISTANCE -> contribution.distance().metres();
        };
    }
}
