package org.mtp.adapter.web.leaderboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mtp.adapter.web.page.FilterForm;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Ranks;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.time.TimeTexts;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardRowUseCase;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardUseCase;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;

/**
 * Web page {@code /leaderboards/{photos|distance|viewpoints}}: a global board with the API's filters in the URL
 * ({@code transport_type}, {@code camera_make}, {@code camera_model}, {@code period} or {@code from}/{@code to}, in
 * UTC), global ranks (ties share one), the signed-in person's row highlighted or shown above the table, paged with the
 * board's cursor in {@code ?after=}. A refused filter answers 400 with the form again and the error next to it.
 */
public final class LeaderboardPage {

    static final int PAGE_SIZE = 25;
    private static final List<String> FILTERS =
            List.of("transport_type", "camera_make", "camera_model", "period", "from", "to");

    private final PageWriter pages;
    private final ReadLeaderboardUseCase boards;
    private final ReadLeaderboardRowUseCase rows;

    public LeaderboardPage(PageWriter pages, ReadLeaderboardUseCase boards, ReadLeaderboardRowUseCase rows) {
        this.pages = pages;
        this.boards = boards;
        this.rows = rows;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.LEADERBOARDS, ctx -> pages.seeOther(ctx, Paths.leaderboard("photos")));
        routes.get(Paths.LEADERBOARDS + "/{metric}", this::show);
    }

    private void show(Context ctx) {
        String slug = ctx.pathParam("metric");
        LeaderboardMetric metric = metric(slug);
        FilterForm form = new FilterForm(ctx, FILTERS);
        TransportType transport = form.transport("transport_type");
        CameraMake make = form.parse("camera_make", Texts.CAMERA_MAKE_LABEL, CameraMake::of);
        CameraModel model = form.parse("camera_model", Texts.CAMERA_MODEL_LABEL, CameraModel::of);
        CapturePeriod period = form.check(
                Texts.PERIOD_LABEL, () -> TimeTexts.period(form.text("period"), form.text("from"), form.text("to")));
        String action = Paths.leaderboard(slug);
        List<LeaderboardModel.Board> tabs = tabs(slug, form.query());
        TransportChoices transports =
                TransportChoices.of(transport, transport == null ? form.text("transport_type") : null);
        String title = Texts.boardTitle(metric);
        if (form.hasErrors()) {
            LeaderboardModel refused =
                    new LeaderboardModel(title, action, tabs, form.model(), transports, List.of(), null, null, null);
            pages.send(ctx, 400, pages.templates().leaderboard(pages.layout(ctx, title), refused));
            return;
        }
        LeaderboardFilter filter = new LeaderboardFilter(transport, make, model, period);
        String after = form.text("after");
        Page<RankedRow<UserTotals>> page = boards.read(filter, metric, new PageRequest(PAGE_SIZE, after));
        Optional<Viewer> viewer = pages.viewer(ctx);
        List<LeaderboardModel.Row> shown = new ArrayList<>();
        boolean ownShown = false;
        List<Integer> ranks = page.items().stream().map(RankedRow::rank).toList();
        for (RankedRow<UserTotals> row : page.items()) {
            boolean own = viewer.map(v -> v.id().equals(row.entry().user())).orElse(false);
            ownShown |= own;
            shown.add(row(row, Ranks.label(row.rank(), ranks), own));
        }
        LeaderboardModel.Row ownRow = null;
        if (viewer.isPresent() && !ownShown) {
            ownRow = rows.rowOf(filter, metric, viewer.get().id())
                    .map(row -> row(row, Texts.rank(row.rank()), true))
                    .orElse(null);
        }
        LeaderboardModel board = new LeaderboardModel(
                title,
                action,
                tabs,
                form.model(),
                transports,
                shown,
                ownRow,
                after == null ? null : action + form.query(),
                page.next().map(c -> action + form.query("after", c)).orElse(null));
        pages.send(ctx, 200, pages.templates().leaderboard(pages.layout(ctx, title), board));
    }

    private static LeaderboardMetric metric(String slug) {
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            if (metric.name().toLowerCase(Locale.ROOT).equals(slug)) {
                return metric;
            }
        }
        throw new NotFoundException("leaderboard", slug);
    }

    private static List<LeaderboardModel.Board> tabs(String current, String query) {
        List<LeaderboardModel.Board> tabs = new ArrayList<>();
        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            String slug = metric.name().toLowerCase(Locale.ROOT);
            tabs.add(new LeaderboardModel.Board(
                    Texts.boardTitle(metric), Paths.leaderboard(slug) + query, slug.equals(current)));
        }
        return tabs;
    }

    private static LeaderboardModel.Row row(RankedRow<UserTotals> row, String rank, boolean own) {
        UserTotals totals = row.entry();
        String name = totals.username().value();
        return new LeaderboardModel.Row(
                rank,
                name,
                Paths.user(name),
                Long.toString(totals.photos()),
                Formats.km(totals.distance()),
                Long.toString(totals.viewpoints()),
                own);
    }
}
