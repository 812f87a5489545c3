package org.mtp.adapter.web.importing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportStatus;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetImportUseCase;
import org.mtp.domain.common.ValidationException;

/**
 * Web page {@code /sequences/import/jobs/{id}}: one's background import, read from the store (so any node answers).
 * htmx polls its progress part every second and is sent to the sequence once done ({@code HX-Redirect}); without
 * JavaScript a reload link does the same, and a done import's page answers 303 to the new sequence's page.
 */
public final class ImportProgressPage {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final GetImportUseCase imports;

    ImportProgressPage(PageWriter pages, SignedIn signedIn, GetImportUseCase imports) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.imports = imports;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.IMPORT + "/jobs/{id}", this::show);
    }

    private void show(Context ctx) {
        String self = Paths.importJob(ctx.pathParam("id"));
        Viewer viewer = signedIn.require(ctx, self);
        if (viewer == null) {
            return;
        }
        ImportJob job = imports.importOf(viewer.id(), id(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundException("import", ctx.pathParam("id")));
        boolean fragment = ctx.header("HX-Request") != null;
        ctx.header("Vary", "HX-Request");
        if (job.status() == ImportStatus.DONE) {
            String sequence =
                    Paths.sequence(job.sequence().orElseThrow().value().toString());
            if (fragment) {
                pages.headers(ctx);
                ctx.header("HX-Redirect", sequence).status(200);
            } else {
                pages.seeOther(ctx, sequence);
            }
            return;
        }
        ProgressModel model = model(self, job);
        if (fragment) {
            pages.send(ctx, 200, pages.templates().importProgressPart(model));
        } else {
            pages.send(ctx, 200, pages.templates().importProgress(pages.layout(ctx, Texts.PROGRESS_TITLE), model));
        }
    }

    private static ProgressModel model(String self, ImportJob job) {
        if (job.status() == ImportStatus.FAILED) {
            MapillaryTrouble trouble = MapillaryTrouble.of(job.failure().orElseThrow());
            String reconnect = trouble.reconnect() ? Paths.connectMapillary(Paths.IMPORT) : null;
            return new ProgressModel(self, null, false, job.fetched(), job.total(), trouble.message(), reconnect);
        }
        return new ProgressModel(
                self, self, job.status() == ImportStatus.QUEUED, job.fetched(), job.total(), null, null);
    }

    private static ImportJobId id(String text) {
        try {
            return ImportJobId.parse("id", text);
        } catch (ValidationException unknown) {
            throw new NotFoundException("import", text);
        }
    }
}
