package org.mtp.adapter.http.problem;

/** How a route reports failures: problem+json (the API), RFC 6749 JSON (token and revocation), or an HTML page. */
public enum ErrorStyle {
    PROBLEM,
    OAUTH,
    HTML
}
