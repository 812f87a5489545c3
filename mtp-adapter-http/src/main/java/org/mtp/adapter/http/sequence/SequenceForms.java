package org.mtp.adapter.http.sequence;

import java.util.Optional;
import java.util.Set;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.param.MergePatch;
import org.mtp.adapter.http.param.TagsParam;
import org.mtp.adapter.http.param.TransportTypeParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Reads the bodies of the sequence routes into use-case commands; every field failure is named in one 400. */
final class SequenceForms {

    static final Set<String> EDITABLE =
            Set.of("name", "description", "transport_type", "tags", "google_street_view", "strava");

    private SequenceForms() {}

    /** {@code name}, {@code description}, {@code transport_type} and {@code tag} or {@code tags}; others ignored. */
    static SequenceDetails details(Params body) {
        FieldErrors errors = new FieldErrors();
        String name = errors.check("name", () -> body.requiredString("name"));
        String description =
                errors.check("description", () -> body.string("description").orElse(null));
        TransportType type = errors.check(
                "transport_type",
                () -> TransportTypeParam.parse("transport_type", body.requiredString("transport_type")));
        Tags tags = errors.check(() -> TagsParam.read(body).orElse(Tags.NONE));
        errors.throwIfAny();
        return new SequenceDetails(name, description, type, tags);
    }

    /** The one-step import: {@code sequence_key} and the details as {@link #details}. */
    static ImportSequenceUseCase.Command importOne(UserId actor, Params body) {
        FieldErrors errors = new FieldErrors();
        MapillarySequenceKey key =
                errors.check("sequence_key", () -> MapillarySequenceKey.of(body.requiredString("sequence_key")));
        SequenceDetails details = errors.check(() -> details(body));
        errors.throwIfAny();
        return new ImportSequenceUseCase.Command(actor, key, details);
    }

    /**
     * The uploader's PUT: the key as {@code mapillary_sequence_key} or the seed's {@code seq_key}, the token as
     * {@code mapillary_user_token} or {@code token}, and the {@code google_street_view} and {@code strava} links.
     */
    static AttachMapillaryUseCase.Command attach(UserId actor, SequenceId sequence, Params body) {
        FieldErrors errors = new FieldErrors();
        Optional<String> keyField = errors.check(() -> oneOf(body, "mapillary_sequence_key", "seq_key"));
        Optional<String> tokenField = errors.check(() -> oneOf(body, "mapillary_user_token", "token"));
        MapillarySequenceKey key = keyField == null || keyField.isEmpty()
                ? null
                : errors.check(keyField.get(), () -> MapillarySequenceKey.of(body.requiredString(keyField.get())));
        MapillaryToken token = tokenField == null || tokenField.isEmpty()
                ? null
                : errors.check(tokenField.get(), () -> MapillaryToken.of(body.requiredString(tokenField.get())));
        String streetView = errors.check(
                "google_street_view", () -> body.string("google_street_view").orElse(null));
        String strava = errors.check("strava", () -> body.string("strava").orElse(null));
        errors.throwIfAny();
        SequenceLinks links = errors.check(() -> new SequenceLinks(streetView, strava));
        errors.throwIfAny();
        return new AttachMapillaryUseCase.Command(actor, sequence, key, token, links);
    }

    /** A merge patch of the editable fields. */
    static EditSequenceUseCase.Command edit(UserId actor, SequenceId sequence, Params body) {
        MergePatch patch = MergePatch.of(body, EDITABLE);
        FieldErrors errors = new FieldErrors();
        Change<String> name = errors.check(() -> patch.required("name", text -> text));
        Change<String> description = errors.check(() -> patch.optional("description", text -> text));
        Change<TransportType> type = errors.check(
                () -> patch.required("transport_type", text -> TransportTypeParam.parse("transport_type", text)));
        Change<Tags> tags =
                errors.check(() -> patch.list("tags", values -> TagsParam.parse("tags", values), Tags.NONE));
        Change<String> streetView = errors.check(() -> patch.optional("google_street_view", text -> text));
        Change<String> strava = errors.check(() -> patch.optional("strava", text -> text));
        errors.throwIfAny();
        return new EditSequenceUseCase.Command(actor, sequence, name, description, type, tags, streetView, strava);
    }

    /** Which of two names for one field was given; empty when neither, a 400 when both. */
    private static Optional<String> oneOf(Params body, String name, String legacyName) {
        if (body.has(name) && body.has(legacyName)) {
            throw ApiException.invalidField(name, "give either '" + name + "' or '" + legacyName + "', not both");
        }
        return body.has(name) ? Optional.of(name) : body.has(legacyName) ? Optional.of(legacyName) : Optional.empty();
    }
}
