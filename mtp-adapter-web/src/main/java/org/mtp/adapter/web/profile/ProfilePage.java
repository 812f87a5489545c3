package org.mtp.adapter.web.profile;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.mtp.adapter.web.manage.DeleteSequencePage;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.profile.GetProfileUseCase;
import org.mtp.application.port.in.profile.GetProfileUseCase.Profile;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.user.Username;

/**
 * Web page {@code /users/{username}}: a person's totals, rank on each board and published sequences (newest first,
 * paged with the search's cursor in {@code ?after=}, so "Next" is a link and Back works); never their email.
 */
public final class ProfilePage {

    static final int PAGE_SIZE = 20;

    private final PageWriter pages;
    private final GetProfileUseCase profiles;
    private final SearchSequencesUseCase search;

    public ProfilePage(PageWriter pages, GetProfileUseCase profiles, SearchSequencesUseCase search) {
        this.pages = pages;
        this.profiles = profiles;
        this.search = search;
    }

    public void register(RoutesConfig routes) {
        routes.get("/users/{username}", this::show);
    }

    private void show(Context ctx) {
        Profile profile = profiles.get(Username.of(ctx.pathParam("username")));
        String after = ctx.queryParam("after");
        Page<SequenceSummary> found = search.search(SearchSequencesUseCase.Query.latestBy(
                profile.username(), new PageRequest(PAGE_SIZE, after == null || after.isEmpty() ? null : after)));
        String name = profile.username().value();
        ProfileModel model = new ProfileModel(
                name,
                Texts.photoCount(profile.totals().photos()),
                Formats.km(profile.totals().distance()),
                Texts.viewpointCount(profile.totals().viewpoints()),
                List.of(
                        rank(profile, LeaderboardMetric.PHOTOS, Texts.BOARD_PHOTOS),
                        rank(profile, LeaderboardMetric.DISTANCE, Texts.BOARD_DISTANCE),
                        rank(profile, LeaderboardMetric.VIEWPOINTS, Texts.BOARD_VIEWPOINTS)),
                found.items().stream().map(SequenceCard::of).toList(),
                found.next()
                        .map(c -> Paths.user(name) + "?after=" + Paths.encode(c))
                        .orElse(null),
                deletedNotice(ctx, name));
        pages.send(ctx, 200, pages.templates().profile(pages.layout(ctx, Texts.profileTitle(name)), model));
    }

    /** After deleting a sequence its owner lands here; only they are told, anyone else sees the plain profile. */
    private String deletedNotice(Context ctx, String name) {
        boolean own =
                pages.viewer(ctx).map(v -> v.username().value().equals(name)).orElse(false);
        return own && DeleteSequencePage.DELETED.equals(ctx.queryParam("done")) ? Texts.SEQUENCE_DELETED : null;
    }

    private static ProfileModel.Rank rank(Profile profile, LeaderboardMetric metric, String board) {
        return new ProfileModel.Rank(
                board, profile.rankOn(metric).map(Texts::rank).orElse(Texts.NOT_RANKED));
    }
}
