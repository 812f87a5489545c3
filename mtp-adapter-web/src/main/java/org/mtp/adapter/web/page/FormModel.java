package org.mtp.adapter.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as a page shows it: what the person typed (passwords never), an error per field, an error about the whole
 * form, and the form token. A fresh form has neither values nor errors.
 */
public record FormModel(Map<String, String> values, Map<String, String> errors, String formError, String csrf) {

    public FormModel {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static FormModel fresh(String csrf) {
        return new FormModel(Map.of(), Map.of(), null, csrf);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || formError != null;
    }

    /** The ids of a field's error and help texts for {@code aria-describedby}, or null (no attribute) for none. */
    public String describedBy(String field, boolean hasHelp) {
        String ids = ((hasError(field) ? field + "-error " : "") + (hasHelp ? field + "-help" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** A form being filled in: values kept, errors collected, then {@link #build}. */
    public static final class Builder {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> errors = new LinkedHashMap<>();
        private String formError;

        public Builder value(String field, String value) {
            values.put(field, value == null ? "" : value);
            return this;
        }

        /** Keeps the first error of a field. */
        public Builder error(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Builder formError(String message) {
            this.formError = message;
            return this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || formError != null;
        }

        public FormModel build(String csrf) {
            return new FormModel(values, errors, formError, csrf);
        }
    }
}
