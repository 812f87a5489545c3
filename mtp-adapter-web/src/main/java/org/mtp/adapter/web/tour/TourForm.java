package org.mtp.adapter.web.tour;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.tour.TourFormModel.TagChoice;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;

/**
 * A tour's form as posted or as first shown: name, description, tags typed as a comma list plus the suggested tags
 * ticked. Reading it checks every field, so each refusal appears next to its own field and what was typed is kept.
 */
final class TourForm {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    static final String TAG = "tag";

    private final FormModel.Builder form = new FormModel.Builder();
    private final Set<String> ticked;
    private final TourDetails details;

    private TourForm(String name, String description, String typedTags, List<String> ticked, boolean check) {
        form.value(NAME, name).value(DESCRIPTION, description).value(TAGS, typedTags);
        this.ticked = new LinkedHashSet<>(ticked);
        if (!check) {
            this.details = null;
            return;
        }
        Tags tags = tags(typedTags, ticked);
        String text = description.isBlank() ? null : description;
        // the description alone first, so that a refused name does not hide the description's own refusal
        check(() -> TourDetails.of(NAME, text, Tags.NONE));
        this.details = check(() -> TourDetails.of(name, text, tags == null ? Tags.NONE : tags));
    }

    /** The form as the browser posted it. */
    static TourForm posted(Context ctx) {
        return new TourForm(field(ctx, NAME), field(ctx, DESCRIPTION), field(ctx, TAGS), ctx.formParams(TAG), true);
    }

    /** A new tour's form, empty. */
    static TourForm blank() {
        return new TourForm("", "", "", List.of(), false);
    }

    /** The form showing a tour's current details: its tags among the suggestions ticked, the others typed. */
    static TourForm showing(TourDetails current, List<String> suggestions) {
        List<String> typed = new ArrayList<>();
        List<String> ticked = new ArrayList<>();
        for (String tag : current.tags().names()) {
            (suggestions.contains(tag) ? ticked : typed).add(tag);
        }
        String description = current.description() == null ? "" : current.description();
        return new TourForm(current.name(), description, String.join(", ", typed), ticked, false);
    }

    boolean refused() {
        return form.hasErrors();
    }

    /** The details to save from a posted form; null when a field was refused. */
    TourDetails details() {
        return refused() ? null : details;
    }

    FormModel model(String csrf) {
        return form.build(csrf);
    }

    /** The person's own tags as checkboxes, ticked as on this form. */
    List<TagChoice> choices(List<String> suggestions) {
        List<TagChoice> choices = new ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            String tag = suggestions.get(i);
            choices.add(new TagChoice(TAG + "-" + i, tag, ticked.contains(tag)));
        }
        return choices;
    }

    private Tags tags(String typed, List<String> ticked) {
        List<String> all = new ArrayList<>(ticked);
        all.add(typed);
        return check(() -> Tags.of(all));
    }

    private <T> T check(Supplier<T> value) {
        try {
            return value.get();
        } catch (ValidationException refused) {
            String field = refused.field().equals(NAME) || refused.field().equals(DESCRIPTION) ? refused.field() : TAGS;
            String reason = refused.reason();
            form.error(field, reason.startsWith("must") ? label(field) + " " + reason : reason);
            return null;
        }
    }

    private static String label(String field) {
        return switch (field) {
            case NAME -> Texts.TOUR_NAME_LABEL;
            case DESCRIPTION -> Texts.TOUR_DESCRIPTION;
            default -> Texts.TAGS;
        };
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
