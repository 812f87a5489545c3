package org.mtp.adapter.http.problem;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body: {@code type}, {@code title}, {@code status}, {@code detail}, the machine {@code code}, the
 * offending fields in {@code errors}, and {@code error} repeating the detail because the desktop uploader treats a
 * present {@code error} member as failure and shows it.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        Map<String, List<String>> errors,
        String error) {

    public Problem {
        errors = Map.copyOf(errors);
    }

    public static Problem of(String title, int status, String detail, String code, Map<String, List<String>> errors) {
        return new Problem("urn:mtp:problem:" + code, title, status, detail, code, errors, detail);
    }
}
