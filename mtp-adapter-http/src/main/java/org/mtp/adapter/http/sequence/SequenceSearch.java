package org.mtp.adapter.http.sequence;

import java.util.Locale;
import java.util.Optional;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.param.BboxParam;
import org.mtp.adapter.http.param.TagsParam;
import org.mtp.adapter.http.param.TimeParams;
import org.mtp.adapter.http.param.TransportTypeParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * The query of {@code GET /api/v1/sequences}: {@code name} (contains), {@code username} (exact), {@code tags} (all),
 * {@code transport_type} (a parent includes its children), {@code camera_make}, {@code camera_model}, {@code pano},
 * {@code from}/{@code to} (capture time; dates inclusive), {@code bbox}, {@code challenge}, {@code status}
 * ({@code published} or the caller's own {@code draft}s) and {@code sort} ({@code latest}, {@code most_likes},
 * {@code distance}). Every invalid parameter is named in one 400.
 */
record SequenceSearch(
        String nameContains,
        Username username,
        Tags tags,
        TransportType transportType,
        CameraMake cameraMake,
        CameraModel cameraModel,
        Boolean pano,
        TimeRange captured,
        BoundingBox bbox,
        ChallengeId challenge,
        boolean drafts,
        SequenceSort sort) {

    static SequenceSearch parse(Params query) {
        FieldErrors errors = new FieldErrors();
        String name = errors.check("name", () -> query.string("name").orElse(null));
        Username username =
                errors.check(() -> query.string("username").map(Username::of).orElse(null));
        Tags tags = errors.check(() -> TagsParam.read(query).orElse(Tags.NONE));
        TransportType type = errors.check(() -> query.string("transport_type")
                .map(text -> TransportTypeParam.parse("transport_type", text))
                .orElse(null));
        CameraMake make = errors.check(
                () -> query.string("camera_make").map(CameraMake::of).orElse(null));
        CameraModel model = errors.check(
                () -> query.string("camera_model").map(CameraModel::of).orElse(null));
        Boolean pano = errors.check(() -> query.bool("pano").orElse(null));
        TimeRange captured =
                errors.check(() -> TimeParams.range(query, "from", "to").orElse(null));
        BoundingBox bbox =
                errors.check(() -> query.string("bbox").map(BboxParam::parse).orElse(null));
        ChallengeId challenge = errors.check(() -> query.string("challenge")
                .map(text -> ChallengeId.parse("challenge", text))
                .orElse(null));
        Boolean drafts = errors.check(() -> drafts(query.string("status")));
        SequenceSort sort = errors.check(() -> sort(query.string("sort")));
        errors.throwIfAny();
        return new SequenceSearch(
                name, username, tags, type, make, model, pano, captured, bbox, challenge, drafts, sort);
    }

    /** The use case's query; drafts are the {@code viewer}'s own, so listing them needs one. */
    SearchSequencesUseCase.Query toQuery(Optional<UserId> viewer, PageRequest page) {
        return new SearchSequencesUseCase.Query(
                viewer.orElse(null),
                nameContains,
                username,
                tags,
                transportType,
                cameraMake,
                cameraModel,
                pano,
                captured,
                bbox,
                challenge,
                drafts,
                sort,
                page);
    }

    /** The kind of cursor this search issues: a cursor of one sort or status does not continue another. */
    String cursorKind() {
        return "sequences." + sort.name().toLowerCase(Locale.ROOT) + (drafts ? ".draft" : "");
    }

    private static boolean drafts(Optional<String> status) {
        String value = status.orElse("published");
        return switch (value) {
            case "published" -> false;
            case "draft" -> true;
            default -> throw ApiException.invalidField("status", "must be published or draft");
        };
    }

    private static SequenceSort sort(Optional<String> sort) {
        String value = sort.orElse("latest");
        return switch (value) {
            case "latest" -> SequenceSort.LATEST;
            case "most_likes" -> SequenceSort.MOST_LIKES;
            case "distance" -> SequenceSort.DISTANCE;
            default -> throw ApiException.invalidField("sort", "must be latest, most_likes or distance");
        };
    }
}
