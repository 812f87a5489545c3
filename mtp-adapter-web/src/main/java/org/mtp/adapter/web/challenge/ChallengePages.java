package org.mtp.adapter.web.challenge;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtp.adapter.web.page.FilterForm;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Ranks;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices.Option;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.challenge.ReadChallengeLeaderboardUseCase;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.transport.TransportType;

/**
 * Web pages {@code /challenges} (newest first, filtered with the API's {@code ?status=} and {@code ?name=} (contains),
 * paged with the list's cursor), {@code /challenges/{id}} (the area on a map and the settings) and
 * {@code /challenges/{id}/leaderboard}: a page of its own without JavaScript, and the fragment an htmx request loads
 * into the challenge page.
 */
public final class ChallengePages {

    static final int PAGE_SIZE = 20;
    static final int BOARD_SIZE = 25;

    private final PageWriter pages;
    private final ListChallengesUseCase list;
    private final GetChallengeUseCase challenges;
    private final ReadChallengeLeaderboardUseCase boards;

    public ChallengePages(
            PageWriter pages,
            ListChallengesUseCase list,
            GetChallengeUseCase challenges,
            ReadChallengeLeaderboardUseCase boards) {
        this.pages = pages;
        this.list = list;
        this.challenges = challenges;
        this.boards = boards;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.CHALLENGES, this::list);
        routes.get(Paths.CHALLENGES + "/{id}", this::show);
        routes.get(Paths.CHALLENGES + "/{id}/leaderboard", this::board);
    }

    private void list(Context ctx) {
        FilterForm form = new FilterForm(ctx, List.of("status", "name"));
        ChallengeStatus status = form.parse("status", Texts.STATE, ChallengePages::status);
        String name = form.parse("name", Texts.NAME_LABEL, text -> Text.require("name", text, 1, Limits.NAME_MAX));
        List<Option> states = new ArrayList<>();
        states.add(new Option("", Texts.ALL_STATES, status == null));
        for (ChallengeStatus s : List.of(ChallengeStatus.ACTIVE, ChallengeStatus.UPCOMING, ChallengeStatus.COMPLETED)) {
            states.add(new Option(s.name().toLowerCase(Locale.ROOT), Texts.state(s), s == status));
        }
        if (form.hasErrors()) {
            ChallengesModel refused = new ChallengesModel(form.model(), states, List.of(), null, null);
            pages.send(ctx, 400, pages.templates().challenges(pages.layout(ctx, Texts.CHALLENGES), refused));
            return;
        }
        String after = form.text("after");
        Page<ChallengeView> found =
                list.list(new ListChallengesUseCase.Query(status, name, new PageRequest(PAGE_SIZE, after)));
        ChallengesModel model = new ChallengesModel(
                form.model(),
                states,
                found.items().stream().map(ChallengePages::card).toList(),
                after == null ? null : Paths.CHALLENGES + form.query(),
                found.next().map(c -> Paths.CHALLENGES + form.query("after", c)).orElse(null));
        pages.send(ctx, 200, pages.templates().challenges(pages.layout(ctx, Texts.CHALLENGES), model));
    }

    private static ChallengeStatus status(String text) {
        return switch (text) {
            case "upcoming" -> ChallengeStatus.UPCOMING;
            case "active" -> ChallengeStatus.ACTIVE;
            case "completed" -> ChallengeStatus.COMPLETED;
            default -> throw new ValidationException("status", "must be upcoming, active or completed");
        };
    }

    private static ChallengeCard card(ChallengeView view) {
        Challenge c = view.challenge();
        String owner = view.ownerName().value();
        return new ChallengeCard(
                Paths.challenge(c.id().toString()),
                c.name(),
                owner,
                Paths.user(owner),
                Texts.state(view.status()),
                Formats.utc(c.window().from()) + " – " + Formats.utc(c.window().to()));
    }

    private void show(Context ctx) {
        ChallengeView view = challenges.get(ChallengeId.parse("id", ctx.pathParam("id")));
        Challenge c = view.challenge();
        String owner = view.ownerName().value();
        boolean owned = pages.viewer(ctx).map(v -> c.isOwnedBy(v.id())).orElse(false);
        ChallengeModel model = new ChallengeModel(
                c.name(),
                c.description().orElse(null),
                owner,
                Paths.user(owner),
                Texts.state(view.status()),
                Formats.utc(c.window().from()),
                Formats.iso(c.window().from()),
                Formats.utc(c.window().to()),
                Formats.iso(c.window().to()),
                c.transportTypes().stream()
                        .sorted()
                        .map(TransportType::displayName)
                        .toList(),
                c.cameraMakes().stream().map(CameraMake::name).sorted().toList(),
                Texts.challengeMetric(c.metric()),
                Formats.bounds(c.area().bounds()),
                Formats.area(c.area()),
                Paths.challengeBoard(c.id().toString()),
                Paths.challengeSequences(c.id().toString()),
                owned ? Paths.challengeEdit(c.id().toString()) : null,
                owned ? Paths.challengeDelete(c.id().toString()) : null);
        pages.send(ctx, 200, pages.templates().challenge(pages.mapLayout(ctx, c.name()), model));
    }

    private void board(Context ctx) {
        ChallengeId id = ChallengeId.parse("id", ctx.pathParam("id"));
        ChallengeView view = challenges.get(id);
        String after = blankToNull(ctx.queryParam("after"));
        Page<ChallengeLeaderboardRow> page = boards.leaderboard(id, new PageRequest(BOARD_SIZE, after));
        String url = Paths.challengeBoard(id.toString());
        List<ChallengeLeaderboardRow> rows = page.items();
        List<Integer> ranks = rows.stream().map(ChallengeLeaderboardRow::rank).toList();
        ChallengeBoardModel model = new ChallengeBoardModel(
                view.challenge().name(),
                Paths.challenge(id.toString()),
                rows.stream()
                        .map(row -> row(row, Ranks.label(row.rank(), ranks)))
                        .toList(),
                after == null ? null : url,
                page.next().map(c -> url + "?after=" + Paths.encode(c)).orElse(null));
        ctx.header("Vary", "HX-Request");
        if ("true".equals(ctx.header("HX-Request"))) {
            pages.send(ctx, 200, pages.templates().partialChallengeBoard(model));
        } else {
            String title = Texts.challengeBoardTitle(view.challenge().name());
            pages.send(ctx, 200, pages.templates().challengeBoard(pages.layout(ctx, title), model));
        }
    }

    private static ChallengeBoardModel.Row row(ChallengeLeaderboardRow row, String rank) {
        String name = row.username().value();
        return new ChallengeBoardModel.Row(
                rank, name, Paths.user(name), Long.toString(row.photos()), Formats.km(row.distance()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
