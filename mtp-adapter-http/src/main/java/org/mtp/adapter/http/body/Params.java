package org.mtp.adapter.http.body;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Request parameters from a query string, a form, a multipart form or a JSON object, read the same way: a form value is
 * a string, a JSON value keeps its type (string, number, boolean, object, array or null). A single-valued read of a
 * name given twice is a 400 {@code duplicate_parameter}; a value of the wrong JSON type is a 400 naming the field.
 */
public final class Params {

    private static final Params EMPTY = new Params(Map.of());
    private final Map<String, List<Object>> values;

    private Params(Map<String, List<Object>> values) {
        this.values = values;
    }

    public static Params empty() {
        return EMPTY;
    }

    public static Params ofStrings(Map<String, List<String>> fields) {
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        fields.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new Params(Collections.unmodifiableMap(copy));
    }

    /** The members of a JSON object, each a single value (JSON objects cannot repeat a member). */
    public static Params ofJsonObject(Map<?, ?> object) {
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        object.forEach((name, value) -> copy.put((String) name, Collections.singletonList(value)));
        return new Params(Collections.unmodifiableMap(copy));
    }

    /** These parameters followed by {@code later}'s; a name in both counts as given twice. */
    public Params and(Params later) {
        if (later.values.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return later;
        }
        Map<String, List<Object>> merged = new LinkedHashMap<>();
        values.forEach((name, list) -> merged.put(name, new ArrayList<>(list)));
        later.values.forEach((name, list) ->
                merged.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
        return new Params(Collections.unmodifiableMap(merged));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** True when the name was given with JSON {@code null} (a merge patch's "remove"). */
    public boolean isNull(String name) {
        return has(name) && single(name) == null;
    }

    /** The raw single value: a string, or for JSON any parsed value; empty when absent or null. */
    public Optional<Object> value(String name) {
        return has(name) ? Optional.ofNullable(single(name)) : Optional.empty();
    }

    /** A single string; a JSON number or boolean is refused, since a client that sends one has the type wrong. */
    public Optional<String> string(String name) {
        return value(name).map(value -> {
            if (value instanceof String text) {
                return text;
            }
            throw ApiException.invalidField(name, "must be a string");
        });
    }

    public String requiredString(String name) {
        return string(name).orElseThrow(() -> ApiException.invalidField(name, "is required"));
    }

    /** A single whole number, from a form's digits or a JSON integer. */
    public Optional<Integer> integer(String name) {
        return value(name).map(value -> {
            if (value instanceof String text && text.matches("-?[0-9]{1,9}")) {
                return Integer.parseInt(text);
            }
            if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e9) {
                return number.intValue();
            }
            throw ApiException.invalidField(name, "must be a whole number");
        });
    }

    /** A single boolean, from a form's {@code true}/{@code false} or a JSON boolean. */
    public Optional<Boolean> bool(String name) {
        return value(name).map(value -> {
            if (value instanceof Boolean flag) {
                return flag;
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Boolean.valueOf((String) value);
            }
            throw ApiException.invalidField(name, "must be true or false");
        });
    }

    /** Every string given for a name: a form's repeated fields, or a JSON array of strings (or a single string). */
    public List<String> strings(String name) {
        List<Object> given = values.getOrDefault(name, List.of());
        List<String> out = new ArrayList<>();
        for (Object value : given) {
            if (value instanceof String text) {
                out.add(text);
            } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                list.forEach(item -> out.add((String) item));
            } else {
                throw ApiException.invalidField(name, "must be a string or a list of strings");
            }
        }
        return List.copyOf(out);
    }

    private Object single(String name) {
        List<Object> given = values.get(name);
        if (given.size() > 1) {
            throw ApiException.duplicateParameter(name);
        }
        return given.get(0);
    }
}
