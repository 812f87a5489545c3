package org.mtp.application.port.out.challenge;

import org.mtp.domain.challenge.ChallengeStatus;

/**
 * What a list of challenges selects; null means "any": the {@code status} at the instant the list is asked, and
 * {@code nameContains} anywhere in the name, case-insensitively ({@link java.util.Locale#ROOT} lower case), with
 * {@code %}, {@code _} and {@code \} taken literally.
 */
public record ChallengeQuery(ChallengeStatus status, String nameContains) {

    public static ChallengeQuery all() {
        return new ChallengeQuery(null, null);
    }
}
