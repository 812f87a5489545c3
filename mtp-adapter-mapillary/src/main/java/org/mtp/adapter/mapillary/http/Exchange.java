package org.mtp.adapter.mapillary.http;

import java.util.function.Supplier;
import okhttp3.Request;

/**
 * One repeatable request of {@link HttpExecutor#sendAll} and how to read its answer. The request is built when its turn
 * comes, on the thread that sends it, so that building a hundred long URLs does not delay the first one.
 */
public record Exchange<T>(Supplier<Request> request, BodyParser<T> parser) {}
