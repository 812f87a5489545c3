package org.mtp.adapter.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtp.domain.transport.TransportType;

/**
 * The transport catalogue as a select's groups: each parent's group offers the whole family first, then its children,
 * so a child is always chosen under its parent; one option is selected (none for "any").
 */
public record TransportChoices(List<Group> groups, String unknown) {

    /** A parent's group of options. */
    public record Group(String label, List<Option> options) {}

    /** One option: the name the filter takes, what it reads, whether it is chosen. */
    public record Option(String value, String label, boolean selected) {}

    /**
     * @param chosen the type the filter has, or null
     * @param typed what the request sent when it named no known type (shown as a chosen option), or null
     */
    public static TransportChoices of(TransportType chosen, String typed) {
        List<Group> groups = new ArrayList<>();
        for (TransportType parent : TransportType.parents()) {
            List<Option> options = new ArrayList<>();
            options.add(new Option(parent.displayName(), Texts.wholeFamily(parent.displayName()), parent == chosen));
            for (TransportType child : parent.children()) {
                options.add(new Option(child.displayName(), child.displayName(), child == chosen));
            }
            groups.add(new Group(parent.displayName(), options));
        }
        return new TransportChoices(groups, chosen == null ? typed : null);
    }

    /** The catalogue for a field that takes several types (a challenge's): every chosen one selected. */
    public static TransportChoices ofAll(Set<TransportType> chosen) {
        List<Group> groups = new ArrayList<>();
        for (TransportType parent : TransportType.parents()) {
            List<Option> options = new ArrayList<>();
            options.add(
                    new Option(parent.displayName(), Texts.wholeFamily(parent.displayName()), chosen.contains(parent)));
            for (TransportType child : parent.children()) {
                options.add(new Option(child.displayName(), child.displayName(), chosen.contains(child)));
            }
            groups.add(new Group(parent.displayName(), options));
        }
        return new TransportChoices(groups, null);
    }
}
