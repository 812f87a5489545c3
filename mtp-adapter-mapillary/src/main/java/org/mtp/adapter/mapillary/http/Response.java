package org.mtp.adapter.mapillary.http;

import okhttp3.Headers;
import okio.ByteString;

/** A successful response read to the end: status, headers and the body's bytes (parsed as they are, not decoded). */
public record Response(int status, Headers headers, ByteString body) {}
