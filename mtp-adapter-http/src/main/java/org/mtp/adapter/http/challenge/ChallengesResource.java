package org.mtp.adapter.http.challenge;

import java.util.Optional;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.param.Paging;
import org.mtp.adapter.http.param.PathIds;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.page.Page;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.DeleteChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.challenge.ReadChallengeLeaderboardUseCase;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.challenge.ChallengeStatus;

/**
 * HTTP resource: geographic capture challenges. Create, list (optionally by status now and by a name's part), read,
 * merge-patch and delete (changes by the owner only), and each challenge's leaderboard, every setting applied photo by
 * photo.
 */
public final class ChallengesResource implements ApiResource {

    static final String PATH = "/api/v1/challenges";
    static final String CURSOR = "challenges";
    private final CreateChallengeUseCase create;
    private final GetChallengeUseCase get;
    private final ListChallengesUseCase list;
    private final EditChallengeUseCase edit;
    private final DeleteChallengeUseCase delete;
    private final ReadChallengeLeaderboardUseCase leaderboard;

    public ChallengesResource(
            CreateChallengeUseCase create,
            GetChallengeUseCase get,
            ListChallengesUseCase list,
            EditChallengeUseCase edit,
            DeleteChallengeUseCase delete,
            ReadChallengeLeaderboardUseCase leaderboard) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.edit = edit;
        this.delete = delete;
        this.leaderboard = leaderboard;
    }

    /** One ranked participant. */
    record RowJson(int rank, String username, int photos, double distanceKm) {

        static RowJson from(ChallengeLeaderboardRow row) {
            return new RowJson(
                    row.rank(),
                    row.username().value(),
                    row.photos(),
                    row.distance().km());
        }
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post(PATH).access(Access.WRITE).handle(this::create);
        routes.get(PATH).handle(this::list);
        routes.get(PATH + "/{id}").handle(this::show);
        routes.patch(PATH + "/{id}").access(Access.WRITE).handle(this::edit);
        routes.delete(PATH + "/{id}").access(Access.WRITE).handle(this::delete);
        routes.get(PATH + "/{id}/leaderboard").handle(this::leaderboard);
    }

    private void create(ApiExchange exchange) {
        ChallengeView view =
                create.create(ChallengeForms.create(exchange.caller().userId(), exchange.body()));
        exchange.header("Location", PATH + "/" + view.challenge().id());
        exchange.json(201, ChallengeJson.from(view));
    }

    private void list(ApiExchange exchange) {
        ChallengeStatus status = exchange.query()
                .string("status")
                .map(ChallengesResource::status)
                .orElse(null);
        String name = exchange.query().string("name").orElse(null);
        String kind = CURSOR + Optional.ofNullable(status).map(s -> "." + s).orElse("");
        PageRequest page = exchange.pageRequest(kind);
        Page<ChallengeView> found = list.list(new ListChallengesUseCase.Query(status, name, Paging.of(page)));
        exchange.list(found.items().stream().map(ChallengeJson::from).toList(), kind, Paging.next(found));
    }

    private void show(ApiExchange exchange) {
        exchange.json(200, ChallengeJson.from(get.get(PathIds.challenge(exchange, "id"))));
    }

    /** A new start or end alone keeps the other end, read just before the edit. */
    private void edit(ApiExchange exchange) {
        ChallengeId id = PathIds.challenge(exchange, "id");
        ChallengeChanges changes = ChallengeForms.changes(
                exchange.body(), () -> get.get(id).challenge().window());
        exchange.json(
                200,
                ChallengeJson.from(edit.edit(
                        new EditChallengeUseCase.Command(exchange.caller().userId(), id, changes))));
    }

    private void delete(ApiExchange exchange) {
        delete.delete(exchange.caller().userId(), PathIds.challenge(exchange, "id"));
        exchange.noContent();
    }

    private void leaderboard(ApiExchange exchange) {
        ChallengeId id = PathIds.challenge(exchange, "id");
        String kind = "challenge.leaderboard." + id;
        PageRequest page = exchange.pageRequest(kind);
        Page<ChallengeLeaderboardRow> rows = leaderboard.leaderboard(id, Paging.of(page));
        exchange.list(rows.items().stream().map(RowJson::from).toList(), kind, Paging.next(rows));
    }

    private static ChallengeStatus status(String text) {
        return switch (text) {
            case "upcoming" -> ChallengeStatus.UPCOMING;
            case "active" -> ChallengeStatus.ACTIVE;
            case "completed" -> ChallengeStatus.COMPLETED;
            default -> throw ApiException.invalidField("status", "must be upcoming, active or completed");
        };
    }
}
