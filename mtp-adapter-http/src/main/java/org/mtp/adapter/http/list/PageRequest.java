package org.mtp.adapter.http.list;

import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;

/** The paging parameters of a list request: {@code limit} 1..100 (default 20) and the decoded {@code cursor}. */
public record PageRequest(int limit, Optional<List<String>> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest from(Params query, CursorCodec cursors, String kind) {
        int limit = query.integer("limit").orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Optional<List<String>> after = query.string("cursor").map(cursor -> cursors.decode(kind, cursor));
        return new PageRequest(limit, after);
    }
}
