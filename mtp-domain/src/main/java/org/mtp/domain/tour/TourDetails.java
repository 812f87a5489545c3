package org.mtp.domain.tour;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.tag.Tags;

/** A tour's name (1..100 characters after trimming), optional description (at most 10,000) and tags. */
public record TourDetails(String name, String description, Tags tags) {

    public TourDetails {
        name = Text.requireTrimmed("name", name, 1, Limits.NAME_MAX);
        if (description != null) {
            Text.require("description", description, 0, Limits.DESCRIPTION_MAX);
            description = description.isEmpty() ? null : description;
        }
        tags = tags == null ? Tags.NONE : tags;
    }

    public static TourDetails of(String name, String description, Tags tags) {
        return new TourDetails(name, description, tags);
    }
}
