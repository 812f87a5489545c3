package org.mtp.adapter.web.session;

/**
 * Where a person may be sent back to after signing in: a path on this site only (starting with one {@code /}, no
 * scheme, host, backslash or control character), else the home page, so {@code return_to} is never an open redirect.
 */
public final class ReturnPaths {

    private ReturnPaths() {}

    public static String safe(String candidate) {
        if (candidate == null
                || candidate.isEmpty()
                || candidate.length() > 2_000
                || candidate.charAt(0) != '/'
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return candidate;
    }
}
