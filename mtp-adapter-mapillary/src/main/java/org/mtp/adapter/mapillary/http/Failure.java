package org.mtp.adapter.mapillary.http;

import java.time.Duration;
import java.util.Optional;
import org.mtp.application.port.out.mapillary.MapillaryException;

/**
 * One failed attempt, classified: what kind of failure, whether trying again can help, how long the server asked us to
 * wait, and a log-safe description.
 */
public record Failure(Kind kind, int status, String message, Duration retryAfter, Throwable cause) {

    /** The kinds of failure the retry loop and the port distinguish. */
    public enum Kind {
        INVALID_TOKEN(false),
        NOT_FOUND(false),
        REJECTED(false),
        OFFSET_INVALID(false),
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        IO(true),
        TIMEOUT(true);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean isTransient() {
            return transientFailure;
        }
    }

    public Optional<Duration> serverWait() {
        return Optional.ofNullable(retryAfter);
    }

    /** The port exception for this failure once no (further) retry will happen. */
    public MapillaryException toException(String operation, int attempts) {
        String text = operation + ": " + message + (attempts > 1 ? " (after " + attempts + " attempts)" : "");
        return switch (kind) {
            case INVALID_TOKEN -> new MapillaryException.InvalidToken(text);
            case NOT_FOUND -> new MapillaryException.NotFound(text);
            case RATE_LIMITED ->
                new MapillaryException.RateLimited(text, retryAfter == null ? Duration.ZERO : retryAfter);
            case TIMEOUT -> new MapillaryException.Timeout(text, cause);
            case REJECTED, OFFSET_INVALID, SERVER_ERROR, IO -> new MapillaryException.Unavailable(text, cause);
        };
    }
}
