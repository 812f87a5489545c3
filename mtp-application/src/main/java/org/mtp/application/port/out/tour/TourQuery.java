package org.mtp.application.port.out.tour;

import org.mtp.domain.tag.Tags;
import org.mtp.domain.user.UserId;

/**
 * What a list of tours selects; null means "any". {@code nameContains} matches anywhere in the name, case-insensitively
 * ({@link java.util.Locale#ROOT} lower case), with {@code %}, {@code _} and {@code \} taken literally; the tour must
 * carry every tag of {@code tags}.
 */
public record TourQuery(UserId owner, String nameContains, Tags tags) {

    public TourQuery {
        tags = tags == null ? Tags.NONE : tags;
    }

    public static TourQuery all() {
        return new TourQuery(null, null, Tags.NONE);
    }

    public static TourQuery ownedBy(UserId owner) {
        return new TourQuery(owner, null, Tags.NONE);
    }
}
