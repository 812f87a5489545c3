package org.mtp.domain.tag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** The tags of one item: first-seen order, duplicates collapsed, empties dropped, at most 20. */
public record Tags(List<Tag> values) {

    public static final Tags NONE = new Tags(List.of());

    public Tags {
        Require.notNull("tags", values);
        Set<Tag> unique = new LinkedHashSet<>(values);
        if (unique.size() > Limits.TAGS_PER_ITEM) {
            throw new ValidationException("tags", "must not hold more than " + Limits.TAGS_PER_ITEM + " tags");
        }
        values = List.copyOf(unique);
    }

    /** Parses a comma-separated list as the API and uploader send it; null or blank is no tags. */
    public static Tags parse(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            return NONE;
        }
        return of(List.of(commaList.split(",", -1)));
    }

    /** Each raw string may itself be a comma list; blank entries are dropped. */
    public static Tags of(Collection<String> raw) {
        Require.notNull("tags", raw);
        Set<Tag> tags = new LinkedHashSet<>();
        for (String entry : raw) {
            Require.notNull("tags", entry);
            for (String part : entry.split(",", -1)) {
                if (!part.isBlank()) {
                    tags.add(Tag.of(part));
                }
            }
        }
        return new Tags(List.copyOf(tags));
    }

    public boolean containsAll(Tags required) {
        return values.containsAll(required.values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public List<String> names() {
        return values.stream().map(Tag::name).toList();
    }
}
