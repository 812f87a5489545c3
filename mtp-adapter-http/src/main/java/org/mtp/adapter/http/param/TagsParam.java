package org.mtp.adapter.http.param;

import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.tag.Tags;

/**
 * Tags as clients send them: {@code tag} (the uploader's and the seed's comma list) or {@code tags} (a comma list, a
 * JSON array of strings, or the form field repeated). Each string may itself be a comma list; bad tags are a 400.
 */
public final class TagsParam {

    private TagsParam() {}

    /** The tags given under {@code tag} or {@code tags}, empty when neither came; both at once is a 400. */
    public static Optional<Tags> read(Params params) {
        boolean tag = params.has("tag");
        boolean tags = params.has("tags");
        if (tag && tags) {
            throw ApiException.invalidField("tags", "give either 'tag' or 'tags', not both");
        }
        if (!tag && !tags) {
            return Optional.empty();
        }
        String field = tag ? "tag" : "tags";
        return Optional.of(parse(field, params.strings(field)));
    }

    /** Tags from strings that may be comma lists; failures are reported under {@code field}. */
    public static Tags parse(String field, List<String> values) {
        try {
            return Tags.of(values);
        } catch (ValidationException e) {
            throw ApiException.invalidField(field, e.getMessage());
        }
    }
}
