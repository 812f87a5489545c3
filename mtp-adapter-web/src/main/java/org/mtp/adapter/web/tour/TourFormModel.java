package org.mtp.adapter.web.tour;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;

/**
 * The create or edit form of a tour: its heading, where it posts, the typed values and errors, the person's own tags as
 * checkboxes to pick from, and where "Cancel" leads.
 */
public record TourFormModel(
        String title, String action, String submit, FormModel form, List<TagChoice> suggestions, String cancelUrl) {

    public TourFormModel {
        suggestions = List.copyOf(suggestions);
    }

    /** A suggested tag: its checkbox's id, the tag, and whether it is chosen. */
    public record TagChoice(String id, String name, boolean checked) {}
}
