package org.mtp.adapter.web.challenge;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.format.AreaGeoJson;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;

/**
 * The challenge form's fields as typed, read into settings or into an error next to each field: name, description, area
 * (GeoJSON text, drawn or pasted), start and end dates (UTC, both included), transport types (several), camera makes
 * (one per line) and metric. What was typed is kept for the form shown again.
 */
final class ChallengeForm {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String AREA = "area";
    static final String START = "start";
    static final String END = "end";
    static final String TRANSPORT_TYPES = "transport_types";
    static final String CAMERA_MAKES = "camera_makes";
    static final String METRIC = "metric";

    private final FormModel.Builder form = new FormModel.Builder();
    private final Set<TransportType> types = new LinkedHashSet<>();
    private String name;
    private String description;
    private Area area;
    private TimeRange window;
    private final Set<CameraMake> makes = new LinkedHashSet<>();
    private ChallengeMetric metric;
    private String startText = "";
    private String endText = "";

    private ChallengeForm() {}

    /** The fields of a posted form, each checked. */
    static ChallengeForm posted(Context ctx) {
        ChallengeForm f = new ChallengeForm();
        f.name = f.keep(ctx, NAME);
        if (f.name.isBlank()) {
            f.error(NAME, Texts.REQUIRED);
        }
        f.description = f.keep(ctx, DESCRIPTION);
        String areaText = f.keep(ctx, AREA);
        if (areaText.isBlank()) {
            f.error(AREA, Texts.REQUIRED);
        } else {
            f.area = f.check(() -> AreaText.parse(AREA, areaText));
        }
        f.startText = f.keep(ctx, START).strip();
        f.endText = f.keep(ctx, END).strip();
        LocalDate start = f.date(START, f.startText);
        LocalDate end = f.date(END, f.endText);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                f.error(END, Texts.END_BEFORE_START);
            } else {
                f.window = TimeRange.ofDates(start, end);
            }
        }
        for (String typed : ctx.formParams(TRANSPORT_TYPES)) {
            TransportType type = f.check(() -> TransportType.fromName(TRANSPORT_TYPES, typed));
            if (type != null) {
                f.types.add(type);
            }
        }
        for (String line : f.keep(ctx, CAMERA_MAKES).split("\\R")) {
            if (!line.isBlank()) {
                CameraMake make = f.check(() -> CameraMake.of(line));
                if (make != null) {
                    f.makes.add(make);
                }
            }
        }
        String metricText = f.keep(ctx, METRIC);
        f.metric = switch (metricText) {
            case "photos" -> ChallengeMetric.PHOTOS;
            case "distance" -> ChallengeMetric.DISTANCE;
            default -> {
                f.error(METRIC, Texts.NOT_A_METRIC);
                yield null;
            }
        };
        return f;
    }

    /** A new challenge's form: ranked by photos, nothing else filled in. */
    static ChallengeForm fresh() {
        ChallengeForm f = new ChallengeForm();
        f.form.value(METRIC, "photos");
        return f;
    }

    /** The form of a stored challenge, filled with its settings (the end date is the window's last day). */
    static ChallengeForm of(Challenge challenge) {
        ChallengeForm f = new ChallengeForm();
        f.form.value(NAME, challenge.name());
        f.form.value(DESCRIPTION, challenge.description().orElse(""));
        f.form.value(AREA, AreaGeoJson.write(challenge.area()));
        f.form.value(START, firstDay(challenge.window()).toString());
        f.form.value(END, lastDay(challenge.window()).toString());
        f.types.addAll(challenge.transportTypes());
        f.form.value(
                CAMERA_MAKES,
                challenge.cameraMakes().stream().map(CameraMake::name).sorted().collect(Collectors.joining("\n")));
        f.form.value(METRIC, challenge.metric().name().toLowerCase(Locale.ROOT));
        return f;
    }

    boolean valid() {
        return !form.hasErrors();
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Area area() {
        return area;
    }

    TimeRange window() {
        return window;
    }

    Set<TransportType> types() {
        return types;
    }

    Set<CameraMake> makes() {
        return makes;
    }

    ChallengeMetric metric() {
        return metric;
    }

    /**
     * The edit these fields make to {@code current}: every setting as typed, but the window only when a date changed,
     * so that a window given in instants through the API keeps its exact ends when only other settings change.
     */
    ChallengeChanges changesTo(Challenge current) {
        ChallengeChanges changes = ChallengeChanges.none()
                .withName(name)
                .withDescription(description)
                .withArea(area)
                .withTransportTypes(types)
                .withCameraMakes(makes)
                .withMetric(metric);
        boolean sameDates = startText.equals(firstDay(current.window()).toString())
                && endText.equals(lastDay(current.window()).toString());
        return sameDates ? changes : changes.withWindow(window);
    }

    /** Puts a rule the use case refused next to its field, or above the form for a field the form has not. */
    void refused(ValidationException e) {
        String field = switch (e.field()) {
            case NAME, DESCRIPTION, AREA -> e.field();
            case "from", "to", "window" -> END;
            case "camera_make" -> CAMERA_MAKES;
            default -> null;
        };
        if (field == null) {
            form.formError(e.getMessage());
        } else {
            error(field, e.reason());
        }
    }

    FormModel model(String csrf) {
        return form.build(csrf);
    }

    private String keep(Context ctx, String field) {
        String value = ctx.formParam(field);
        String text = value == null ? "" : value;
        form.value(field, text);
        return text;
    }

    private LocalDate date(String field, String text) {
        if (text.isEmpty()) {
            error(field, Texts.REQUIRED);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, Texts.NOT_A_DATE);
            return null;
        }
    }

    private <T> T check(Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            error(e.field().equals("camera_make") ? CAMERA_MAKES : e.field(), e.reason());
            return null;
        }
    }

    private void error(String field, String reason) {
        form.error(field, Texts.challengeFieldError(label(field), reason));
    }

    static String label(String field) {
        return switch (field) {
            case NAME -> Texts.CHALLENGE_NAME;
            case DESCRIPTION -> Texts.CHALLENGE_DESCRIPTION;
            case AREA -> Texts.AREA;
            case START -> Texts.START_DATE;
            case END -> Texts.END_DATE;
            case TRANSPORT_TYPES -> Texts.TRANSPORT_TYPES;
            case CAMERA_MAKES -> Texts.CAMERA_MAKES;
            case METRIC -> Texts.METRIC_LABEL;
            default -> field;
        };
    }

    private static LocalDate firstDay(TimeRange window) {
        return window.from().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate lastDay(TimeRange window) {
        return window.to().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
