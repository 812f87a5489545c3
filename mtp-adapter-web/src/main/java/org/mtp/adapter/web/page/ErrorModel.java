package org.mtp.adapter.web.page;

/** An error page: its heading, what happened, and the request's reference (for a 500 only, else null). */
public record ErrorModel(String title, String message, String reference) {}
