package org.mtp.adapter.http.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.param.MergePatch;
import org.mtp.adapter.http.param.TagsParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Reads the bodies of the tour routes into use-case commands; every field failure is named in one 400. */
final class TourForms {

    static final Set<String> EDITABLE = Set.of("name", "description", "tags");

    private TourForms() {}

    /** {@code name}, {@code description}, {@code tag} or {@code tags}, and optionally the first {@code sequences}. */
    static CreateTourUseCase.Command create(UserId actor, Params body) {
        FieldErrors errors = new FieldErrors();
        String name = errors.check("name", () -> body.requiredString("name"));
        String description =
                errors.check("description", () -> body.string("description").orElse(null));
        Tags tags = errors.check(() -> TagsParam.read(body).orElse(Tags.NONE));
        List<SequenceId> sequences = errors.check(() -> sequenceIds("sequences", body.strings("sequences")));
        errors.throwIfAny();
        return new CreateTourUseCase.Command(actor, new TourDetails(name, description, tags), sequences);
    }

    /** A merge patch of name, description and tags. */
    static EditTourUseCase.Command edit(UserId actor, TourId tour, Params body) {
        MergePatch patch = MergePatch.of(body, EDITABLE);
        FieldErrors errors = new FieldErrors();
        Change<String> name = errors.check(() -> patch.required("name", text -> text));
        Change<String> description = errors.check(() -> patch.optional("description", text -> text));
        Change<Tags> tags =
                errors.check(() -> patch.list("tags", values -> TagsParam.parse("tags", values), Tags.NONE));
        errors.throwIfAny();
        return new EditTourUseCase.Command(actor, tour, name, description, tags);
    }

    /** The full ordered list under {@code sequences}: a JSON array, repeated form fields or comma lists. */
    static List<SequenceId> sequenceList(Params body) {
        if (!body.has("sequences")) {
            throw ApiException.invalidField(
                    "sequences", "is required: the tour's sequence ids in order (may be empty)");
        }
        return sequenceIds("sequences", body.strings("sequences"));
    }

    static List<SequenceId> sequenceIds(String field, List<String> values) {
        List<SequenceId> ids = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    ids.add(SequenceId.parse(field, part.strip()));
                }
            }
        }
        return ids;
    }
}
