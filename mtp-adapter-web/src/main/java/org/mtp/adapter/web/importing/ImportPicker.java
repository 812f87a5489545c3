package org.mtp.adapter.web.importing;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.time.TimeTexts;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.TimeRange;

/**
 * Web page part: the picker of one's Mapillary sequences not imported yet, in a range of capture days (UTC, a month
 * ending today unless chosen; any range, Mapillary's result cap being the gateway's concern), shared by the import page
 * and a draft's finish page. Without a Mapillary app it says so; without a connection it offers one.
 */
final class ImportPicker {

    static final String FROM = "from";
    static final String TO = "to";

    private final PageWriter pages;
    private final StartMapillaryConnectionUseCase connect;
    private final GetMapillaryConnectionUseCase connection;
    private final ListImportableUseCase importable;
    private final Clock clock;

    ImportPicker(
            PageWriter pages,
            StartMapillaryConnectionUseCase connect,
            GetMapillaryConnectionUseCase connection,
            ListImportableUseCase importable,
            Clock clock) {
        this.pages = pages;
        this.connect = connect;
        this.connection = connection;
        this.importable = importable;
        this.clock = clock;
    }

    boolean configured() {
        return connect.isConfigured();
    }

    /**
     * Renders the picker at {@code self} (its own path, where the range form and the connection come back to) with
     * {@code status}, or a trouble's status; {@code rowUrl} gives a row's link (or, when finishing, its form's action).
     */
    void show(
            Context ctx,
            Viewer viewer,
            int status,
            String self,
            boolean finishing,
            Function<String, String> rowUrl,
            String problem) {
        String title = finishing ? Texts.FINISH_TITLE : Texts.IMPORT_TITLE;
        String intro = finishing ? Texts.FINISH_INTRO : Texts.IMPORT_INTRO;
        String csrf = pages.csrf().token(ctx);
        Frame frame = new Frame(title, intro, self, finishing, csrf);
        if (!connect.isConfigured()) {
            send(ctx, 200, title, frame.unlisted(false, null, null, null, null, FormModel.fresh(csrf)));
            return;
        }
        String notice = notice(ctx.queryParam("mapillary"));
        if (connection.connectionOf(viewer.id()).isEmpty()) {
            send(
                    ctx,
                    200,
                    title,
                    frame.unlisted(true, Paths.connectMapillary(self), notice, problem, null, FormModel.fresh(csrf)));
            return;
        }
        FormModel.Builder form = new FormModel.Builder();
        TimeRange window = window(ctx, form);
        if (window == null) {
            send(ctx, 400, title, frame.unlisted(true, null, notice, problem, null, form.build(csrf)));
            return;
        }
        List<MapillarySequenceSummary> found;
        try {
            found = importable.listImportable(new ListImportableUseCase.Query(viewer.id(), window));
        } catch (RuntimeException failure) {
            MapillaryTrouble trouble =
                    MapillaryTrouble.of(failure, clock.instant()).orElseThrow(() -> failure);
            String reconnect = trouble.reconnect() ? Paths.connectMapillary(self) : null;
            send(
                    ctx,
                    trouble.reconnect() ? 200 : 503,
                    title,
                    frame.unlisted(true, null, notice, trouble.message(), reconnect, form.build(csrf)));
            return;
        }
        List<PickerModel.Row> rows = rows(found, rowUrl);
        send(
                ctx,
                status,
                title,
                new PickerModel(
                        title,
                        intro,
                        true,
                        null,
                        notice,
                        problem,
                        null,
                        form.build(csrf),
                        self,
                        true,
                        rows,
                        bounds(found),
                        finishing,
                        csrf));
    }

    /** What every answer to one request shares: the page's title and intro, its own path and the form token. */
    private record Frame(String title, String intro, String self, boolean finishing, String csrf) {

        /** The picker with no rows: not configured, not connected, a refused range or a trouble. */
        PickerModel unlisted(
                boolean configured,
                String connectUrl,
                String notice,
                String problem,
                String reconnectUrl,
                FormModel range) {
            return new PickerModel(
                    title,
                    intro,
                    configured,
                    connectUrl,
                    notice,
                    problem,
                    reconnectUrl,
                    range,
                    self,
                    false,
                    List.of(),
                    "",
                    finishing,
                    csrf);
        }
    }

    private void send(Context ctx, int status, String title, PickerModel model) {
        pages.send(ctx, status, pages.templates().importPicker(pages.mapLayout(ctx, title), model));
    }

    /** The chosen days, both included, or a month ending today; null after recording a refusal next to its field. */
    private TimeRange window(Context ctx, FormModel.Builder form) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String fromText = text(ctx, FROM).orElse(today.minusMonths(1).toString());
        String toText = text(ctx, TO).orElse(today.toString());
        form.value(FROM, fromText).value(TO, toText);
        LocalDate from = date(form, FROM, Texts.FROM_LABEL, fromText);
        LocalDate to = date(form, TO, Texts.TO_LABEL, toText);
        if (from == null || to == null) {
            return null;
        }
        try {
            return TimeRange.ofDates(from, to);
        } catch (ValidationException refused) {
            form.error(TO, Texts.TO_LABEL + " " + refused.reason());
            return null;
        }
    }

    private static LocalDate date(FormModel.Builder form, String field, String label, String text) {
        try {
            return TimeTexts.date(field, text);
        } catch (ValidationException refused) {
            form.error(field, label + " " + refused.reason());
            return null;
        }
    }

    private static Optional<String> text(Context ctx, String field) {
        return Optional.ofNullable(ctx.queryParam(field)).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static String notice(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "connected" -> Texts.CONNECTED_NOTICE;
            case "denied" -> Texts.DENIED_NOTICE;
            case "failed" -> Texts.CONNECT_FAILED_NOTICE;
            default -> null;
        };
    }

    private static List<PickerModel.Row> rows(List<MapillarySequenceSummary> found, Function<String, String> rowUrl) {
        List<MapillarySequenceSummary> ordered = found.stream()
                .sorted(Comparator.comparing(MapillarySequenceSummary::capturedAt)
                        .thenComparing(s -> s.key().value()))
                .toList();
        List<PickerModel.Row> rows = new ArrayList<>(ordered.size());
        for (MapillarySequenceSummary s : ordered) {
            String camera = s.cameraMake() == null && s.cameraModel() == null
                    ? Texts.UNKNOWN_CAMERA
                    : ((s.cameraMake() == null ? "" : s.cameraMake().name()) + " "
                                    + (s.cameraModel() == null
                                            ? ""
                                            : s.cameraModel().name()))
                            .strip();
            rows.add(new PickerModel.Row(
                    rows.size() + 1,
                    s.key().value(),
                    Formats.utc(s.capturedAt()),
                    Formats.iso(s.capturedAt()),
                    Texts.photoCount(s.photoCount()),
                    camera,
                    s.pano() ? Texts.PANORAMA : Texts.NOT_PANORAMA,
                    coordinate(s.firstPoint().lon()),
                    coordinate(s.firstPoint().lat()),
                    rowUrl.apply(s.key().value())));
        }
        return rows;
    }

    /** The box around the rows' first points, {@code minLon,minLat,maxLon,maxLat}, or "" for none. */
    private static String bounds(List<MapillarySequenceSummary> found) {
        if (found.isEmpty()) {
            return "";
        }
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (MapillarySequenceSummary s : found) {
            minLon = Math.min(minLon, s.firstPoint().lon());
            maxLon = Math.max(maxLon, s.firstPoint().lon());
            minLat = Math.min(minLat, s.firstPoint().lat());
            maxLat = Math.max(maxLat, s.firstPoint().lat());
        }
        return String.join(",", coordinate(minLon), coordinate(minLat), coordinate(maxLon), coordinate(maxLat));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
