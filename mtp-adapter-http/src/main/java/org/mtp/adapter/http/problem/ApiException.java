package org.mtp.adapter.http.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the HTTP layer refuses (bad body, unknown route, missing credentials), carrying everything the answer
 * needs: status, machine code, detail, offending fields and extra headers. Its detail is safe to show the client.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final Map<String, List<String>> errors;
    private final Map<String, String> headers;

    private ApiException(
            int status, String code, String detail, Map<String, List<String>> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = Map.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException of(int status, String code, String detail) {
        return new ApiException(status, code, detail, Map.of(), Map.of());
    }

    /** 400 {@code validation_failed} naming one field. */
    public static ApiException invalidField(String field, String message) {
        return invalidFields(Map.of(field, List.of(message)), field + " " + message);
    }

    /** 400 {@code validation_failed} naming several fields. */
    public static ApiException invalidFields(Map<String, List<String>> errors, String detail) {
        return new ApiException(400, "validation_failed", detail, errors, Map.of());
    }

    /** 400 {@code duplicate_parameter}: a single-valued parameter came more than once. */
    public static ApiException duplicateParameter(String name) {
        return new ApiException(
                400,
                "duplicate_parameter",
                "parameter '" + name + "' must be given once",
                Map.of(name, List.of("must be given once")),
                Map.of());
    }

    /** 400 {@code malformed_body}: the bytes are not valid UTF-8, JSON, form or multipart data. */
    public static ApiException malformedBody(String detail) {
        return of(400, "malformed_body", detail);
    }

    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(status, code, getMessage(), errors, more);
    }

    public ApiException withErrors(Map<String, List<String>> fieldErrors) {
        return new ApiException(status, code, getMessage(), fieldErrors, headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, List<String>> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
