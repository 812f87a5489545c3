package org.mtp.domain.challenge;

import java.util.Optional;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;

/**
 * Everything the owner of a challenge chooses: name (1..100 characters after trimming), description (optional, at most
 * 10,000 characters, stored verbatim; an empty one counts as none), area, window {@code [start, end)} (built from dates
 * with {@link TimeRange#ofDates}, it runs to the end of the last day, UTC), filters and ranking metric.
 */
public record ChallengeSettings(
        String name,
        String description,
        Area area,
        TimeRange window,
        ChallengeFilters filters,
        ChallengeMetric metric) {

    public ChallengeSettings {
        name = Text.requireTrimmed("name", name, 1, Limits.NAME_MAX);
        description = description == null || description.isEmpty()
                ? null
                : Text.require("description", description, 1, Limits.DESCRIPTION_MAX);
        Require.notNull("area", area);
        Require.notNull("window", window);
        Require.notNull("filters", filters);
        Require.notNull("metric", metric);
    }

    public Optional<String> optionalDescription() {
        return Optional.ofNullable(description);
    }
}
