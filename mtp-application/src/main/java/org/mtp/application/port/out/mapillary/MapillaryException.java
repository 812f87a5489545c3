package org.mtp.application.port.out.mapillary;

import java.time.Duration;

/** Failures of a Mapillary call, typed so that the application and HTTP layer can act on each one. */
public abstract sealed class MapillaryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected MapillaryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable machine code for responses and metrics. */
    public abstract String code();

    /** The token is invalid, expired or revoked (Mapillary error 190 or HTTP 401). */
    public static final class InvalidToken extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public InvalidToken(String message) {
            super(message, null);
        }

        @Override
        public String code() {
            return "mapillary_token_invalid";
        }
    }

    /** The object does not exist or the token may not see it (Mapillary error 100). */
    public static final class NotFound extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message, null);
        }

        @Override
        public String code() {
            return "mapillary_sequence_not_found";
        }
    }

    /** Mapillary asked us to slow down for longer than we are willing to wait; retry after {@link #retryAfter()}. */
    public static final class RateLimited extends MapillaryException {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        public RateLimited(String message, Duration retryAfter) {
            super(message, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        @Override
        public String code() {
            return "mapillary_rate_limited";
        }
    }

    /** Mapillary kept failing (5xx, dropped connections) after every allowed attempt. */
    public static final class Unavailable extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String code() {
            return "mapillary_unavailable";
        }
    }

    /** Mapillary did not answer in time after every allowed attempt. */
    public static final class Timeout extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public Timeout(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String code() {
            return "mapillary_timeout";
        }
    }

    /** Mapillary answered with something that is not the documented shape. */
    public static final class MalformedResponse extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public MalformedResponse(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String code() {
            return "mapillary_malformed_response";
        }
    }

    /** An upload was refused before any byte left the machine, or by the upload service. */
    public static final class UploadRejected extends MapillaryException {
        private static final long serialVersionUID = 1L;
        private final String field;

        public UploadRejected(String field, String message) {
            super(message, null);
            this.field = field;
        }

        public String field() {
            return field;
        }

        @Override
        public String code() {
            return "mapillary_upload_rejected";
        }
    }

    /** The configured Mapillary API cannot do this at all (the legacy v3 API has no thumbnails left to serve). */
    public static final class Unsupported extends MapillaryException {
        private static final long serialVersionUID = 1L;

        public Unsupported(String message) {
            super(message, null);
        }

        @Override
        public String code() {
            return "mapillary_unsupported";
        }
    }
}
