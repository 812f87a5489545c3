package org.mtp.adapter.web.manage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.TagSuggestions;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;

/**
 * Web page {@code /sequences/{id}/edit}: the owner changes a sequence's name, description, transport type and tags
 * ({@link EditSequenceUseCase}); 303 to the sequence after saving, 422 with what was typed and each error next to its
 * field. Others get the 403 page, someone else's draft is not found.
 */
public final class EditSequencePage {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String TRANSPORT = "transport_type";
    static final String TAGS = "tags";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final OwnSequences own;
    private final EditSequenceUseCase edit;
    private final TagSuggestions suggestions;

    public EditSequencePage(
            PageWriter pages,
            SignedIn signedIn,
            GetSequenceUseCase sequences,
            EditSequenceUseCase edit,
            SearchSequencesUseCase search) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.own = new OwnSequences(sequences);
        this.edit = edit;
        this.suggestions = new TagSuggestions(search);
    }

    public void register(RoutesConfig routes) {
        routes.get("/sequences/{id}/edit", this::show);
        routes.post("/sequences/{id}/edit", this::save);
    }

    private void show(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path());
        if (viewer == null) {
            return;
        }
        SequenceView view = own.owned(viewer, ctx.pathParam("id"));
        SequenceDetails d = view.sequence().details();
        FormModel form = new FormModel.Builder()
                .value(NAME, d.name())
                .value(DESCRIPTION, d.description())
                .value(TRANSPORT, d.transportType().displayName())
                .value(TAGS, String.join(", ", d.tags().names()))
                .build(pages.csrf().token(ctx));
        render(ctx, 200, viewer, view, form, d.transportType());
    }

    private void save(Context ctx) {
        Viewer viewer = signedIn.require(ctx, ctx.path());
        if (viewer == null) {
            return;
        }
        SequenceView view = own.owned(viewer, ctx.pathParam("id"));
        FormModel.Builder form = new FormModel.Builder();
        String name = typed(ctx, NAME, form);
        String description = typed(ctx, DESCRIPTION, form);
        String transportText = typed(ctx, TRANSPORT, form);
        String tagsText = typed(ctx, TAGS, form);
        check(form, NAME, () -> Text.requireTrimmed(NAME, name, 1, Limits.NAME_MAX));
        check(form, DESCRIPTION, () -> Text.require(DESCRIPTION, description, 0, Limits.DESCRIPTION_MAX));
        TransportType transport = null;
        if (transportText.isBlank()) {
            form.error(TRANSPORT, Texts.TRANSPORT_REQUIRED_CHOICE);
        } else {
            try {
                transport = TransportType.fromName(TRANSPORT, transportText);
            } catch (ValidationException invalid) {
                form.error(TRANSPORT, invalid.reason());
            }
        }
        Tags tags = null;
        try {
            tags = Tags.parse(tagsText);
        } catch (ValidationException invalid) {
            form.error(TAGS, invalid.reason());
        }
        if (!form.hasErrors()) {
            try {
                edit.edit(new EditSequenceUseCase.Command(
                        viewer.id(),
                        view.sequence().id(),
                        Change.set(name),
                        Change.set(description),
                        Change.set(transport),
                        Change.set(tags),
                        Change.keep(),
                        Change.keep()));
                pages.seeOther(ctx, Paths.sequence(view.sequence().id().toString()));
                return;
            } catch (ValidationException invalid) {
                // the fields were checked above; a rule of the use case's own is shown above the form
                form.formError(invalid.getMessage());
            }
        }
        render(ctx, 422, viewer, view, form.build(pages.csrf().token(ctx)), transport);
    }

    private static String typed(Context ctx, String field, FormModel.Builder form) {
        String value = ctx.formParam(field);
        value = value == null ? "" : value;
        form.value(field, value);
        return value;
    }

    private static void check(FormModel.Builder form, String field, Runnable rule) {
        try {
            rule.run();
        } catch (ValidationException invalid) {
            form.error(field, invalid.reason());
        }
    }

    private void render(
            Context ctx, int status, Viewer viewer, SequenceView view, FormModel form, TransportType chosen) {
        String id = view.sequence().id().toString();
        String current = view.sequence().details().name();
        EditModel model = new EditModel(
                current,
                Paths.sequence(id),
                Paths.editSequence(id),
                form,
                TransportChoices.of(chosen, chosen == null ? emptyToNull(form.value(TRANSPORT)) : null),
                suggestions.forPerson(viewer.username()));
        pages.send(ctx, status, pages.templates().edit(pages.layout(ctx, Texts.editTitle(current)), model));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
