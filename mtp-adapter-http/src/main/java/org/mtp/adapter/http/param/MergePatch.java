package org.mtp.adapter.http.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.port.in.common.Change;

/**
 * A JSON merge patch (RFC 7396) on a flat resource, read into {@link Change}s: a member left out keeps the field, a
 * value replaces it, {@code null} removes it (where the field may be empty; otherwise a 400). Members the resource does
 * not have, or that cannot be changed, are refused (400 naming them) rather than silently ignored. A form body works
 * the same way, without the means to say {@code null}.
 */
public final class MergePatch {

    /** A conventions parameter that may ride along in any body. */
    private static final String CLIENT_ID = "client_id";

    private final Params params;

    private MergePatch(Params params) {
        this.params = params;
    }

    /** The patch in {@code params}, whose members must all be among {@code changeable}. */
    public static MergePatch of(Params params, Set<String> changeable) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (String name : params.names()) {
            if (!changeable.contains(name) && !name.equals(CLIENT_ID)) {
                unknown.put(name, List.of("cannot be changed; changeable: " + String.join(", ", changeable)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalidFields(unknown, "cannot change " + String.join(", ", unknown.keySet()));
        }
        return new MergePatch(params);
    }

    /** A field that must keep a value: {@code null} is a 400. */
    public <T> Change<T> required(String field, Function<String, T> parse) {
        if (!params.has(field)) {
            return Change.keep();
        }
        if (params.isNull(field)) {
            throw ApiException.invalidField(field, "cannot be removed");
        }
        return Change.set(parse.apply(params.requiredString(field)));
    }

    /** A field that may be removed: {@code null} sets it to null. */
    public <T> Change<T> optional(String field, Function<String, T> parse) {
        if (!params.has(field)) {
            return Change.keep();
        }
        if (params.isNull(field)) {
            return Change.set(null);
        }
        return Change.set(parse.apply(params.requiredString(field)));
    }

    /** A list-valued field (a JSON array, a comma list or a repeated form field); {@code null} sets {@code empty}. */
    public <T> Change<T> list(String field, Function<List<String>, T> parse, T empty) {
        if (!params.has(field)) {
            return Change.keep();
        }
        if (params.isNull(field)) {
            return Change.set(empty);
        }
        return Change.set(parse.apply(params.strings(field)));
    }

    /** A field whose value is a JSON structure (an object, such as a GeoJSON geometry); {@code null} is a 400. */
    public <T> Change<T> structure(String field, Function<Object, T> parse) {
        if (!params.has(field)) {
            return Change.keep();
        }
        if (params.isNull(field)) {
            throw ApiException.invalidField(field, "cannot be removed");
        }
        return Change.set(parse.apply(params.value(field).orElseThrow()));
    }
}
