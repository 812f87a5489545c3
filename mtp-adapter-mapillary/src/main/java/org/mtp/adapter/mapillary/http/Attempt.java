package org.mtp.adapter.mapillary.http;

/** The result of sending a request once: a response read to its end, or a classified failure. */
public sealed interface Attempt {

    /** A 2xx response, body fully read. */
    record Success(Response response) implements Attempt {}

    /** Anything else, classified. */
    record Failed(Failure failure) implements Attempt {}
}
