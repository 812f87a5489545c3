package org.mtp.adapter.mapillary.http;

import okhttp3.Headers;

/** A successful response read to the end: status, headers and the body text. */
public record Response(int status, Headers headers, String body) {}
