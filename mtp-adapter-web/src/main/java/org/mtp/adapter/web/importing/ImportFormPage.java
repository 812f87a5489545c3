package org.mtp.adapter.web.importing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.TagSuggestions;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.sequence.StartImportUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;

/**
 * Web page {@code /sequences/import/{key}}: the metadata form of one Mapillary sequence; "Import now" starts the import
 * in the background and answers 303 to its progress page at once. A refused field answers 422 with the form again and
 * the error next to the field; a trouble (already imported, the daily limit, Mapillary's) above the form.
 */
public final class ImportFormPage {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String TRANSPORT = "transport_type";
    static final String TAGS = "tags";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final StartImportUseCase startImport;
    private final TagSuggestions suggestions;
    private final ImportPicker picker;
    private final Clock clock;

    ImportFormPage(
            PageWriter pages,
            SignedIn signedIn,
            StartImportUseCase startImport,
            SearchSequencesUseCase search,
            ImportPicker picker,
            Clock clock) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.startImport = startImport;
        this.suggestions = new TagSuggestions(search);
        this.picker = picker;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.IMPORT + "/{key}", this::show);
        routes.post(Paths.IMPORT + "/{key}", this::submit);
    }

    private void show(Context ctx) {
        MapillarySequenceKey key = MapillarySequenceKey.of(ctx.pathParam("key"));
        Viewer viewer = signedIn.require(ctx, Paths.importForm(key.value()));
        if (viewer == null) {
            return;
        }
        if (!picker.configured()) {
            pages.seeOther(ctx, Paths.IMPORT);
            return;
        }
        render(ctx, viewer, 200, key, FormModel.fresh(pages.csrf().token(ctx)), null, null);
    }

    private void submit(Context ctx) {
        MapillarySequenceKey key = MapillarySequenceKey.of(ctx.pathParam("key"));
        Viewer viewer = signedIn.require(ctx, Paths.importForm(key.value()));
        if (viewer == null) {
            return;
        }
        FormModel.Builder form = new FormModel.Builder();
        for (String field : List.of(NAME, DESCRIPTION, TRANSPORT, TAGS)) {
            form.value(field, ctx.formParam(field));
        }
        TransportType transport = transport(ctx.formParam(TRANSPORT), form);
        SequenceDetails details = details(ctx, transport, form);
        if (details != null) {
            try {
                ImportJobId job = startImport.startImport(new ImportSequenceUseCase.Command(viewer.id(), key, details));
                pages.seeOther(ctx, Paths.importJob(job.value().toString()));
                return;
            } catch (RuntimeException failure) {
                MapillaryTrouble trouble =
                        MapillaryTrouble.of(failure, clock.instant()).orElseThrow(() -> failure);
                form.formError(trouble.message());
                String reconnect = trouble.reconnect() ? Paths.connectMapillary(Paths.importForm(key.value())) : null;
                render(ctx, viewer, 422, key, form.build(pages.csrf().token(ctx)), transport, reconnect);
                return;
            }
        }
        render(ctx, viewer, 422, key, form.build(pages.csrf().token(ctx)), transport, null);
    }

    private static TransportType transport(String text, FormModel.Builder form) {
        if (text == null || text.isBlank()) {
            form.error(TRANSPORT, Texts.TRANSPORT_REQUIRED);
            return null;
        }
        try {
            return TransportType.fromName(TRANSPORT, text.strip());
        } catch (ValidationException refused) {
            form.error(TRANSPORT, Texts.TRANSPORT + " " + refused.reason());
            return null;
        }
    }

    /** The details, or null after recording each refusal next to its field. */
    private static SequenceDetails details(Context ctx, TransportType transport, FormModel.Builder form) {
        String name = ctx.formParam(NAME) == null ? "" : ctx.formParam(NAME);
        if (name.isBlank()) {
            form.error(NAME, Texts.SEQUENCE_NAME_LABEL + " " + Texts.REQUIRED);
        }
        Tags tags = null;
        try {
            String typed = ctx.formParam(TAGS);
            tags = Tags.parse(typed);
        } catch (ValidationException refused) {
            form.error(TAGS, Texts.TAGS + " " + refused.reason());
        }
        if (form.hasErrors()) {
            return null;
        }
        try {
            return SequenceDetails.of(name, ctx.formParam(DESCRIPTION), transport, tags);
        } catch (ValidationException refused) {
            String field = refused.field().equals(DESCRIPTION) ? DESCRIPTION : NAME;
            String label = field.equals(DESCRIPTION) ? Texts.DESCRIPTION_LABEL : Texts.SEQUENCE_NAME_LABEL;
            form.error(field, label + " " + refused.reason());
            return null;
        }
    }

    private void render(
            Context ctx,
            Viewer viewer,
            int status,
            MapillarySequenceKey key,
            FormModel form,
            TransportType chosen,
            String reconnect) {
        ImportFormModel model = new ImportFormModel(
                key.value(),
                Paths.importForm(key.value()),
                form,
                TransportChoices.of(chosen, null),
                suggestions.forPerson(viewer.username()),
                reconnect);
        pages.send(ctx, status, pages.templates().importForm(pages.layout(ctx, Texts.IMPORT_FORM_TITLE), model));
    }
}
