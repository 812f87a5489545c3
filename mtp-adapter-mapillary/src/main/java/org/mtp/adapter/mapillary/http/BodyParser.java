package org.mtp.adapter.mapillary.http;

/**
 * Turns a successful response into a value; throws {@link org.mtp.application.port.out.mapillary.MapillaryException}
 * (typically {@code MalformedResponse}) when the body is not the documented shape.
 */
@FunctionalInterface
public interface BodyParser<T> {

    T parse(Response response);
}
