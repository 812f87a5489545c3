package org.mtp.adapter.http.leaderboard;

import java.util.Locale;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.param.Paging;
import org.mtp.adapter.http.param.TimeParams;
import org.mtp.adapter.http.param.TransportTypeParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.page.Page;
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
 * HTTP resource: {@code GET /api/v1/leaderboards/{photos|distance|viewpoints}}, ranked globally over the filtered set
 * (ties share a rank), with {@code transport_type}, {@code camera_make}, {@code camera_model} and a capture
 * {@code period} ({@code all}, {@code YYYY}, {@code YYYY-MM}) or {@code from}/{@code to}.
 */
public final class LeaderboardsResource implements ApiResource {

    private final ReadLeaderboardUseCase leaderboards;

    public LeaderboardsResource(ReadLeaderboardUseCase leaderboards) {
        this.leaderboards = leaderboards;
    }

    /** One ranked user. */
    record RowJson(int rank, String username, long photos, double distanceKm, long viewpoints) {

        static RowJson from(RankedRow<UserTotals> row) {
            UserTotals t = row.entry();
            return new RowJson(
                    row.rank(), t.username().value(), t.photos(), t.distance().km(), t.viewpoints());
        }
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/v1/leaderboards/{metric}").handle(this::read);
    }

    private void read(ApiExchange exchange) {
        LeaderboardMetric metric = metric(exchange.pathParam("metric"));
        LeaderboardFilter filter = filter(exchange.query());
        String kind = "leaderboard." + metric.name().toLowerCase(Locale.ROOT);
        PageRequest page = exchange.pageRequest(kind);
        Page<RankedRow<UserTotals>> rows = leaderboards.read(filter, metric, Paging.of(page));
        exchange.list(rows.items().stream().map(RowJson::from).toList(), kind, Paging.next(rows));
    }

    private static LeaderboardMetric metric(String name) {
        return switch (name) {
            case "photos" -> LeaderboardMetric.PHOTOS;
            case "distance" -> LeaderboardMetric.DISTANCE;
            case "viewpoints" -> LeaderboardMetric.VIEWPOINTS;
            default ->
                throw ApiException.of(
                        404, "not_found", "no leaderboard '" + name + "'; there are photos, distance and viewpoints");
        };
    }

    private static LeaderboardFilter filter(Params query) {
        FieldErrors errors = new FieldErrors();
        TransportType type = errors.check(() -> query.string("transport_type")
                .map(text -> TransportTypeParam.parse("transport_type", text))
                .orElse(null));
        CameraMake make = errors.check(
                () -> query.string("camera_make").map(CameraMake::of).orElse(null));
        CameraModel model = errors.check(
                () -> query.string("camera_model").map(CameraModel::of).orElse(null));
        CapturePeriod period = errors.check(() -> TimeParams.period(query));
        errors.throwIfAny();
        return new LeaderboardFilter(type, make, model, period);
    }
}
