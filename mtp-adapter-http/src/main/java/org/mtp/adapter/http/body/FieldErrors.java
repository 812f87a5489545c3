package org.mtp.adapter.http.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.common.ValidationException;

/**
 * Collects the validation failures of several fields, so that one 400 names every offending field rather than the
 * first: {@code Username u = errors.check("username", () -> Username.of(text));} then {@link #throwIfAny()}.
 */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /** The value {@code parse} builds, or null after recording its failure under {@code field}. */
    public <T> T check(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            add(field, e.getMessage());
            return null;
        } catch (ApiException e) {
            record(e);
            return null;
        }
    }

    /** As {@link #check(String, Supplier)}, recording a business validation failure under the field it names. */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            add(e.field(), e.getMessage());
            return null;
        } catch (ApiException e) {
            record(e);
            return null;
        }
    }

    public void add(String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors, "invalid " + String.join(", ", errors.keySet()));
        }
    }

    /** Field failures of the HTTP layer join the others; any other refusal is not a field's and goes on at once. */
    private void record(ApiException e) {
        if (!e.code().equals("validation_failed")) {
            throw e;
        }
        e.errors().forEach((name, messages) -> messages.forEach(message -> add(name, message)));
    }
}
