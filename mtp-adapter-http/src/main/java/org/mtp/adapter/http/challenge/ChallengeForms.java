package org.mtp.adapter.http.challenge;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.geo.GeoJsonArea;
import org.mtp.adapter.http.param.MergePatch;
import org.mtp.adapter.http.param.TimeParams;
import org.mtp.adapter.http.param.TransportTypeParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.common.Change;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Reads challenge bodies: {@code name}, {@code description}, {@code area} (a GeoJSON Polygon or MultiPolygon),
 * {@code start} and {@code end} (instants, or dates: a date-only end means the end of that UTC day),
 * {@code transport_types} and {@code camera_makes} (arrays or repeated fields; transport types also as comma lists;
 * empty admits all) and {@code metric} ({@code photos}, the default, or {@code distance}).
 */
final class ChallengeForms {

    static final Set<String> EDITABLE =
            Set.of("name", "description", "area", "start", "end", "transport_types", "camera_makes", "metric");

    private ChallengeForms() {}

    static CreateChallengeUseCase.Command create(UserId actor, Params body) {
        FieldErrors errors = new FieldErrors();
        String name = errors.check("name", () -> body.requiredString("name"));
        String description =
                errors.check("description", () -> body.string("description").orElse(null));
        Area area = errors.check(() -> GeoJsonArea.parse(
                "area", body.value("area").orElseThrow(() -> ApiException.invalidField("area", "is required"))));
        Instant start = errors.check(() -> TimeParams.start("start", body.requiredString("start")));
        Instant end = errors.check(() -> TimeParams.end("end", body.requiredString("end")));
        Set<TransportType> types =
                errors.check(() -> TransportTypeParam.parseAll("transport_types", body.strings("transport_types")));
        Set<CameraMake> makes = errors.check(() -> cameraMakes(body.strings("camera_makes")));
        ChallengeMetric metric = errors.check(
                () -> body.string("metric").map(ChallengeForms::metric).orElse(ChallengeMetric.PHOTOS));
        errors.throwIfAny();
        TimeRange window = TimeParams.window("end", start, end);
        return new CreateChallengeUseCase.Command(actor, name, description, area, window, types, makes, metric);
    }

    /**
     * A merge patch; {@code null} removes the description or empties a filter, and is refused for the other fields. A
     * new start or end alone is combined with the other end of {@code currentWindow}.
     */
    static ChallengeChanges changes(Params body, Supplier<TimeRange> currentWindow) {
        MergePatch patch = MergePatch.of(body, EDITABLE);
        FieldErrors errors = new FieldErrors();
        Change<String> name = errors.check(() -> patch.required("name", text -> text));
        Change<String> description = errors.check(() -> patch.optional("description", text -> text));
        Change<Area> area = errors.check(() -> patch.structure("area", value -> GeoJsonArea.parse("area", value)));
        Change<Instant> start = errors.check(() -> patch.required("start", text -> TimeParams.start("start", text)));
        Change<Instant> end = errors.check(() -> patch.required("end", text -> TimeParams.end("end", text)));
        Change<Set<TransportType>> types = errors.check(() -> patch.list(
                "transport_types", values -> TransportTypeParam.parseAll("transport_types", values), Set.of()));
        Change<Set<CameraMake>> makes =
                errors.check(() -> patch.list("camera_makes", ChallengeForms::cameraMakes, Set.of()));
        Change<ChallengeMetric> metric = errors.check(() -> patch.required("metric", ChallengeForms::metric));
        errors.throwIfAny();
        ChallengeChanges changes = ChallengeChanges.none();
        if (name instanceof Change.Set<String> set) {
            changes = changes.withName(set.value());
        }
        if (description instanceof Change.Set<String> set) {
            changes = set.value() == null ? changes.withoutDescription() : changes.withDescription(set.value());
        }
        if (area instanceof Change.Set<Area> set) {
            changes = changes.withArea(set.value());
        }
        if (start instanceof Change.Set<Instant> || end instanceof Change.Set<Instant>) {
            TimeRange current = currentWindow.get();
            changes = changes.withWindow(
                    TimeParams.window("end", start.applyTo(current.from()), end.applyTo(current.to())));
        }
        if (types instanceof Change.Set<Set<TransportType>> set) {
            changes = changes.withTransportTypes(set.value());
        }
        if (makes instanceof Change.Set<Set<CameraMake>> set) {
            changes = changes.withCameraMakes(set.value());
        }
        if (metric instanceof Change.Set<ChallengeMetric> set) {
            changes = changes.withMetric(set.value());
        }
        return changes;
    }

    static ChallengeMetric metric(String text) {
        return switch (text) {
            case "photos" -> ChallengeMetric.PHOTOS;
            case "distance" -> ChallengeMetric.DISTANCE;
            default -> throw ApiException.invalidField("metric", "must be photos or distance");
        };
    }

    /** Each string is one make; camera names may hold commas, so no comma lists here. */
    static Set<CameraMake> cameraMakes(List<String> values) {
        Set<CameraMake> makes = new LinkedHashSet<>();
        for (String value : values) {
            try {
                makes.add(CameraMake.of(value));
            } catch (ValidationException e) {
                throw ApiException.invalidField("camera_makes", e.getMessage());
            }
        }
        return makes;
    }
}
