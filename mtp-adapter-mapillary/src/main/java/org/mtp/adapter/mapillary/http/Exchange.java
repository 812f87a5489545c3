package org.mtp.adapter.mapillary.http;

import okhttp3.Request;

/** One repeatable request of {@link HttpExecutor#sendAll} and how to read its answer. */
public record Exchange<T>(Request request, BodyParser<T> parser) {}
