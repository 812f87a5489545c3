package org.mtp.adapter.mapillary.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Classifies an unsuccessful response. The Graph API's {@code error.code} decides first (190: token, 100: not found, 4
 * or {@code is_transient}: retry), then the upload service's {@code debug_info.type}, then the HTTP status; v3's
 * {@code {"message"}} bodies fall through to the status.
 */
public final class ErrorClassifier {

    private static final int CODE_INVALID_TOKEN = 190;
    private static final int CODE_NOT_FOUND = 100;
    private static final int CODE_RATE_LIMIT = 4;
    /** What the upload service documents when it gives neither {@code backoff} nor {@code Retry-After}. */
    private static final Duration UPLOAD_DEFAULT_BACKOFF = Duration.ofSeconds(10);

    private final JsonAdapter<ErrorWire.Envelope> envelopes;
    private final Clock clock;

    public ErrorClassifier(Moshi moshi, Clock clock) {
        this.envelopes = moshi.adapter(ErrorWire.Envelope.class);
        this.clock = clock;
    }

    public Failure classify(int status, Headers headers, String body) {
        Duration retryAfter =
                RetryAfter.parse(headers.get("Retry-After"), clock).orElse(null);
        ErrorWire.Envelope envelope = parse(body).orElse(ErrorWire.Envelope.EMPTY);
        if (envelope.error() != null && envelope.error().code() != null) {
            Failure byCode = byGraphCode(status, envelope.error(), retryAfter);
            if (byCode != null) {
                return byCode;
            }
        }
        if (envelope.debugInfo() != null && envelope.debugInfo().type() != null) {
            Failure byType = byUploadType(status, envelope, retryAfter);
            if (byType != null) {
                return byType;
            }
        }
        return byStatus(status, describe(status, envelope), retryAfter);
    }

    private Failure byGraphCode(int status, ErrorWire.GraphError error, Duration retryAfter) {
        String text = describe(status, new ErrorWire.Envelope(error, null, null, null));
        int code = error.code();
        if (code == CODE_INVALID_TOKEN) {
            return new Failure(Failure.Kind.INVALID_TOKEN, status, text, null, null);
        }
        if (code == CODE_NOT_FOUND) {
            return new Failure(Failure.Kind.NOT_FOUND, status, text, null, null);
        }
        if (code == CODE_RATE_LIMIT) {
            return new Failure(Failure.Kind.RATE_LIMITED, status, text, retryAfter, null);
        }
        if (Boolean.TRUE.equals(error.isTransient())) {
            return new Failure(Failure.Kind.SERVER_ERROR, status, text, retryAfter, null);
        }
        return null;
    }

    private Failure byUploadType(int status, ErrorWire.Envelope envelope, Duration retryAfter) {
        String text = describe(status, envelope);
        return switch (envelope.debugInfo().type()) {
            case "OffsetInvalidError" -> new Failure(Failure.Kind.OFFSET_INVALID, status, text, null, null);
            case "RequestRateLimitedError" ->
                new Failure(
                        Failure.Kind.RATE_LIMITED,
                        status,
                        text,
                        envelope.backoff() != null
                                ? Duration.ofMillis(envelope.backoff())
                                : retryAfter != null ? retryAfter : UPLOAD_DEFAULT_BACKOFF,
                        null);
            case "NotAuthorizedError" -> new Failure(Failure.Kind.INVALID_TOKEN, status, text, null, null);
            default -> null;
        };
    }

    private static Failure byStatus(int status, String text, Duration retryAfter) {
        if (status == 401) {
            return new Failure(Failure.Kind.INVALID_TOKEN, status, text, null, null);
        }
        if (status == 403 || status == 404 || status == 410) {
            return new Failure(Failure.Kind.NOT_FOUND, status, text, null, null);
        }
        if (status == 412) {
            return new Failure(Failure.Kind.OFFSET_INVALID, status, text, null, null);
        }
        if (status == 429) {
            return new Failure(Failure.Kind.RATE_LIMITED, status, text, retryAfter, null);
        }
        if (status == 408 || status >= 500) {
            return new Failure(Failure.Kind.SERVER_ERROR, status, text, retryAfter, null);
        }
        return new Failure(Failure.Kind.REJECTED, status, text, null, null);
    }

    private Optional<ErrorWire.Envelope> parse(String body) {
        if (body == null || body.isBlank() || !body.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(envelopes.fromJson(body));
        } catch (IOException | RuntimeException notAnErrorEnvelope) {
            // Any shape we do not understand is classified by its HTTP status alone.
            return Optional.empty();
        }
    }

    private static String describe(int status, ErrorWire.Envelope envelope) {
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        if (envelope.error() != null) {
            ErrorWire.GraphError e = envelope.error();
            text.append(", ").append(e.type() == null ? "error" : e.type());
            if (e.code() != null) {
                text.append(" code ").append(e.code());
            }
            if (e.subcode() != null) {
                text.append('/').append(e.subcode());
            }
            appendMessage(text, e.message());
        } else if (envelope.debugInfo() != null) {
            text.append(", ").append(envelope.debugInfo().type());
            appendMessage(text, envelope.debugInfo().message());
        } else {
            appendMessage(text, envelope.message());
        }
        return text.toString();
    }

    private static void appendMessage(StringBuilder text, String message) {
        if (message != null && !message.isBlank()) {
            String safe = Redaction.text(message.strip());
            text.append(": ").append(safe.length() > 200 ? safe.substring(0, 200) + "…" : safe);
        }
    }
}
