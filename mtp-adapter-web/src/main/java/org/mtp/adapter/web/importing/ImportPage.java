package org.mtp.adapter.web.importing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.session.ReturnPaths;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;

/**
 * Web page {@code /sequences/import} (choose the sequences, seed step 2.3) and {@code /sequences/import/connect}, which
 * starts Mapillary's grant (step 2.2) bound to a path on this site that the callback comes back to. Connecting is a
 * link, not a form: the page's form-action policy would stop a form sent on to Mapillary.
 */
public final class ImportPage {

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final ImportPicker picker;
    private final StartMapillaryConnectionUseCase connect;

    ImportPage(PageWriter pages, SignedIn signedIn, ImportPicker picker, StartMapillaryConnectionUseCase connect) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.picker = picker;
        this.connect = connect;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.IMPORT, this::show);
        routes.get(Paths.IMPORT + "/connect", this::connect);
    }

    private void show(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.IMPORT + query(ctx));
        if (viewer != null) {
            picker.show(ctx, viewer, 200, Paths.IMPORT, false, Paths::importForm, null);
        }
    }

    private void connect(Context ctx) {
        String back = ReturnPaths.safe(ctx.queryParam("return_to"));
        Viewer viewer = signedIn.require(ctx, back);
        if (viewer == null) {
            return;
        }
        if (!connect.isConfigured()) {
            pages.seeOther(ctx, back);
            return;
        }
        URI grant = connect.start(viewer.id(), ReturnPath.of(back));
        pages.seeOther(ctx, grant.toString());
    }

    private static String query(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }
}
