package org.mtp.adapter.web.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.mtp.adapter.web.page.FilterForm;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.page.TransportChoices.Option;
import org.mtp.adapter.web.sequence.SequenceDownloads;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.geo.BoundingBoxText;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.model.time.TimeTexts;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.Username;

/**
 * Web page {@code /sequences}: the search of published sequences with the API's parameter names in the URL
 * ({@code name}, {@code username}, {@code tags}, {@code transport_type}, {@code camera_make}, {@code camera_model},
 * {@code pano}, {@code from}/{@code to} in UTC, {@code bbox}, {@code challenge}, {@code sort}), shown as a list or on a
 * map ({@code view=map}), paged with the search's cursor in {@code ?after=}, so the address is the shareable search. A
 * refused filter answers 400 with the form again and the error next to it.
 */
public final class SequencesPage {

    static final int PAGE_SIZE = 20;
    private static final List<String> FILTERS = List.of(
            "name",
            "username",
            "tags",
            "transport_type",
            "camera_make",
            "camera_model",
            "pano",
            "from",
            "to",
            "bbox",
            "challenge",
            "sort");
    /** The map's view when nothing narrows it: most of the inhabited world. */
    private static final String WORLD = "-60,-180,75,180";

    private final PageWriter pages;
    private final SearchSequencesUseCase search;
    private final ChallengeChoices challenges;
    private final BooleanSupplier importAvailable;

    /** @param importAvailable whether this server can import from Mapillary (it has a Mapillary app) */
    public SequencesPage(
            PageWriter pages,
            SearchSequencesUseCase search,
            ListChallengesUseCase listChallenges,
            GetChallengeUseCase getChallenge,
            BooleanSupplier importAvailable) {
        this.pages = pages;
        this.search = search;
        this.challenges = new ChallengeChoices(listChallenges, getChallenge);
        this.importAvailable = importAvailable;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.SEQUENCES, this::show);
    }

    private void show(Context ctx) {
        FilterForm form = new FilterForm(ctx, FILTERS);
        String name = form.parse("name", Texts.NAME_LABEL, SequencesPage::name);
        Username username = form.parse("username", Texts.USERNAME_LABEL, Username::of);
        Tags tags = form.parse("tags", Texts.TAGS, text -> Tags.of(List.of(text)));
        TransportType transport = form.transport("transport_type");
        CameraMake make = form.parse("camera_make", Texts.CAMERA_MAKE_LABEL, CameraMake::of);
        CameraModel model = form.parse("camera_model", Texts.CAMERA_MODEL_LABEL, CameraModel::of);
        Boolean pano = form.parse("pano", Texts.PANORAMA_LABEL, SequencesPage::pano);
        TimeRange captured = form.check(
                Texts.FROM_LABEL,
                () -> TimeTexts.range("from", form.text("from"), "to", form.text("to"))
                        .orElse(null));
        BoundingBox bbox = form.parse("bbox", Texts.BBOX_LABEL, BoundingBoxText::parse);
        ChallengeId challenge = form.parse("challenge", Texts.CHALLENGE_LABEL, t -> ChallengeId.parse("challenge", t));
        List<Option> challengeOptions = challenges.of(challenge);
        if (challenge != null && challengeOptions.stream().noneMatch(Option::selected)) {
            form.refuse("challenge", Texts.CHALLENGE_LABEL + " " + Texts.NO_SUCH_CHALLENGE);
            challenge = null;
        }
        SequenceSort sort = form.parse("sort", Texts.SORT_LABEL, SequencesPage::sort);
        boolean map = "map".equals(ctx.queryParam("view"));
        String listUrl = Paths.SEQUENCES + form.query();
        String mapUrl = Paths.SEQUENCES + form.query("view", "map");
        String here = map ? mapUrl : listUrl;
        TransportChoices transports =
                TransportChoices.of(transport, transport == null ? form.text("transport_type") : null);
        List<Option> panoramas = List.of(
                new Option("", Texts.ANY, pano == null),
                new Option("true", Texts.PANORAMA_ONLY, Boolean.TRUE.equals(pano)),
                new Option("false", Texts.PANORAMA_NONE, Boolean.FALSE.equals(pano)));
        SequenceSort chosen = sort == null ? SequenceSort.LATEST : sort;
        List<Option> sorts = List.of(
                new Option("latest", Texts.SORT_LATEST, chosen == SequenceSort.LATEST),
                new Option("most_likes", Texts.SORT_MOST_LIKES, chosen == SequenceSort.MOST_LIKES),
                new Option("distance", Texts.SORT_DISTANCE, chosen == SequenceSort.DISTANCE));
        if (form.hasErrors()) {
            SequencesModel refused = new SequencesModel(
                    form.model(),
                    transports,
                    panoramas,
                    sorts,
                    challengeOptions,
                    map,
                    listUrl,
                    mapUrl,
                    here,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    importable(ctx));
            pages.send(ctx, 400, pages.templates().sequences(pages.layout(ctx, Texts.SEQUENCES_TITLE), refused));
            return;
        }
        String after = form.text("after");
        Page<SequenceSummary> found = search.search(new SearchSequencesUseCase.Query(
                pages.viewer(ctx).map(Viewer::id).orElse(null),
                name,
                username,
                tags,
                transport,
                make,
                model,
                pano,
                captured,
                bbox,
                challenge,
                false,
                chosen,
                new PageRequest(PAGE_SIZE, after)));
        List<SequenceSummary> items = found.items();
        String bounds = items.stream()
                .map(SequenceSummary::bounds)
                .filter(b -> b != null)
                .reduce(BoundingBox::union)
                .or(() -> Optional.ofNullable(bbox))
                .map(Formats::bounds)
                .orElse(WORLD);
        SequencesModel page = new SequencesModel(
                form.model(),
                transports,
                panoramas,
                sorts,
                challengeOptions,
                map,
                listUrl,
                mapUrl,
                here,
                items.stream().map(SequenceCard::of).toList(),
                bounds,
                items.stream()
                        .map(s -> Paths.sequence(s.id().toString()) + SequenceDownloads.Format.GEOJSON.suffix())
                        .collect(Collectors.joining(" ")),
                after == null ? null : here,
                found.next()
                        .map(c -> Paths.SEQUENCES
                                + (map ? form.query("view", "map", "after", c) : form.query("after", c)))
                        .orElse(null),
                importable(ctx));
        pages.send(
                ctx,
                200,
                pages.templates()
                        .sequences(
                                map
                                        ? pages.mapLayout(ctx, Texts.SEQUENCES_TITLE)
                                        : pages.layout(ctx, Texts.SEQUENCES_TITLE),
                                page));
    }

    private boolean importable(Context ctx) {
        return pages.viewer(ctx).isPresent() && importAvailable.getAsBoolean();
    }

    private static String name(String text) {
        return Text.require("name", text, 1, Limits.NAME_MAX);
    }

    private static Boolean pano(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ValidationException("pano", "must be true or false");
        };
    }

    private static SequenceSort sort(String text) {
        return switch (text) {
            case "latest" -> SequenceSort.LATEST;
            case "most_likes" -> SequenceSort.MOST_LIKES;
            case "distance" -> SequenceSort.DISTANCE;
            default -> throw new ValidationException("sort", "must be latest, most_likes or distance");
        };
    }
}
