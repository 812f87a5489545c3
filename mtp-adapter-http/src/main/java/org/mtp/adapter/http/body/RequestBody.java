package org.mtp.adapter.http.body;

import java.util.List;
import java.util.Map;

/** A request body read under the conventions: its fields as {@link Params} and any uploaded files by field name. */
public record RequestBody(Params params, Map<String, List<UploadedPart>> files) {

    public RequestBody {
        files = Map.copyOf(files);
    }

    public static RequestBody empty() {
        return new RequestBody(Params.empty(), Map.of());
    }

    public static RequestBody of(Params params) {
        return new RequestBody(params, Map.of());
    }
}
