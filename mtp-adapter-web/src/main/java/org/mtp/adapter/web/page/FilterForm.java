package org.mtp.adapter.web.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.transport.TransportType;

/**
 * A GET filter form read from the query string: each field's text kept for the form (blank means absent), each value
 * parsed by the application's own rules, and each refusal recorded next to its field with the field's label, so the
 * page can answer 400 with the form again. Also writes the filters back into a link (only the fields given).
 */
public final class FilterForm {

    private final Context ctx;
    private final List<String> fields;
    private final FormModel.Builder form = new FormModel.Builder();

    public FilterForm(Context ctx, List<String> fields) {
        this.ctx = ctx;
        this.fields = List.copyOf(fields);
        for (String field : fields) {
            form.value(field, text(field));
        }
    }

    /** The field's text, or null when it is absent or blank. */
    public String text(String field) {
        String value = ctx.queryParam(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The field's value read by {@code parse}, or null when absent or refused (the refusal then recorded). */
    public <T> T parse(String field, String label, Function<String, T> parse) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            form.error(field, label + " " + e.reason());
            return null;
        }
    }

    /**
     * The value {@code read} builds from several fields, or null after recording its refusal next to the field the
     * refusal names ({@code from}, {@code to} and {@code period} have labels of their own; others take {@code label}).
     */
    public <T> T check(String label, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            form.error(e.field(), label(e.field(), label) + " " + e.reason());
            return null;
        }
    }

    private String label(String field, String fallback) {
        return switch (field) {
            case "from" -> Texts.FROM_LABEL;
            case "to" -> Texts.TO_LABEL;
            case "period" -> Texts.PERIOD_LABEL;
            default -> fallback;
        };
    }

    /** Records a refusal found after reading, next to {@code field}. */
    public void refuse(String field, String message) {
        form.error(field, message);
    }

    public TransportType transport(String field) {
        return parse(field, Texts.TRANSPORT, text -> TransportType.fromName(field, text));
    }

    public boolean hasErrors() {
        return form.hasErrors();
    }

    public FormModel model() {
        return form.build(null);
    }

    /** {@code ?name=value&...} of the given fields (and {@code extra} pairs), or "" when there are none. */
    public String query(String... extra) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String field : fields) {
            String text = text(field);
            if (text != null) {
                query.add(field + "=" + Paths.encode(text));
            }
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            query.add(extra[i] + "=" + Paths.encode(extra[i + 1]));
        }
        return query.toString();
    }
}
