package org.mtp.application.model.mapillary;

import org.mtp.domain.common.ValidationException;

/**
 * Where a Mapillary connection started from the web app sends the browser back: a path on this site only (one leading
 * {@code /}, no scheme, host, backslash or control character), so the callback can never be an open redirect.
 */
public record ReturnPath(String value) {

    public ReturnPath {
        if (value == null
                || value.isEmpty()
                || value.length() > 2_000
                || value.charAt(0) != '/'
                || value.startsWith("//")
                || value.contains("\\")
                || value.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            throw new ValidationException("return_to", "must be a path on this site");
        }
    }

    public static ReturnPath of(String value) {
        return new ReturnPath(value);
    }

    /** This path with {@code name=value} added to its query; both are plain tokens the caller chose. */
    public String with(String name, String value) {
        return this.value + (this.value.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
