package org.mtp.adapter.web.importing;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.mtp.adapter.web.MapillaryImports;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;

/**
 * The web app's import from Mapillary (seed 000, steps 2.1 to 2.4) and a draft's finish page, built together since they
 * share the picker. Fixed paths are registered before {@code /sequences/import/{key}}, which would match them.
 */
public final class ImportPages {

    private final ImportPicker picker;
    private final ImportPage importPage;
    private final ImportProgressPage progress;
    private final ImportFormPage form;
    private final DraftFinishPage finish;

    public ImportPages(
            PageWriter pages,
            SignedIn signedIn,
            MapillaryImports imports,
            GetMapillaryConnectionUseCase connection,
            SearchSequencesUseCase search,
            GetSequenceUseCase sequences,
            Clock clock) {
        this.picker = new ImportPicker(pages, imports.startConnection(), connection, imports.listImportable(), clock);
        this.importPage = new ImportPage(pages, signedIn, picker, imports.startConnection());
        this.progress = new ImportProgressPage(pages, signedIn, imports.getImport());
        this.form = new ImportFormPage(pages, signedIn, imports.startImport(), search, picker, clock);
        this.finish = new DraftFinishPage(pages, signedIn, sequences, imports.attachStored(), picker, clock);
    }

    /** Whether this server has a Mapillary app, so pages may offer importing. */
    public boolean available() {
        return picker.configured();
    }

    public void register(RoutesConfig routes) {
        importPage.register(routes);
        progress.register(routes);
        form.register(routes);
        finish.register(routes);
    }
}
