package org.mtp.adapter.http.mapillary;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Mapillary's failures reach a client. A bad Mapillary token is 422 {@code mapillary_token_invalid}, never 401 (401
 * means the mtp token); an unknown Mapillary sequence 422; a sequence of another Mapillary account 403; Mapillary's
 * rate limit 503 with {@code Retry-After}; Mapillary down or answering garbage after every retry 502; Mapillary too
 * slow 504; an upload refused 400. Details are fixed sentences: what Mapillary said stays in the log.
 */
public final class MapillaryFailures {

    private static final Logger LOG = LoggerFactory.getLogger(MapillaryFailures.class);

    private MapillaryFailures() {}

    /** Teaches the codes and the translation of {@link MapillaryException}; resources that call Mapillary call this. */
    public static void register(ErrorTranslations translations) {
        translations
                .code("mapillary_token_invalid", 422, "Mapillary token invalid")
                .code("mapillary_sequence_not_found", 422, "Mapillary sequence not found")
                .code("mapillary_sequence_not_owned", 403, "Mapillary sequence of another account")
                .code("mapillary_not_connected", 409, "Mapillary account not connected")
                .code("mapillary_rate_limited", 503, "Mapillary rate limit")
                .code("mapillary_unavailable", 502, "Mapillary unavailable")
                .code("mapillary_malformed_response", 502, "Mapillary answered unexpectedly")
                .code("mapillary_timeout", 504, "Mapillary timed out")
                .code("mapillary_upload_rejected", 400, "Upload rejected")
                .translate(MapillaryException.class, MapillaryFailures::answer);
    }

    static ApiException answer(MapillaryException failure) {
        if (failure instanceof MapillaryException.InvalidToken) {
            return ApiException.of(422, failure.code(), "the Mapillary token is invalid, expired or revoked");
        }
        if (failure instanceof MapillaryException.NotFound) {
            return ApiException.of(
                    422, failure.code(), "Mapillary has no such sequence, or the Mapillary token may not see it");
        }
        if (failure instanceof MapillaryException.UploadRejected rejected) {
            return ApiException.of(400, failure.code(), failure.getMessage())
                    .withErrors(Map.of(rejected.field(), List.of(failure.getMessage())));
        }
        LOG.warn("Mapillary failed ({}): {}", failure.code(), failure.getMessage());
        if (failure instanceof MapillaryException.RateLimited limited) {
            long seconds = retryAfterSeconds(limited.retryAfter());
            return ApiException.of(
                            503, failure.code(), "Mapillary is limiting requests; try again in " + seconds + " seconds")
                    .withHeader("Retry-After", Long.toString(seconds));
        }
        if (failure instanceof MapillaryException.Timeout) {
            return ApiException.of(504, failure.code(), "Mapillary did not answer in time; try again later");
        }
        if (failure instanceof MapillaryException.MalformedResponse) {
            return ApiException.of(502, failure.code(), "Mapillary answered in an unexpected form; try again later");
        }
        return ApiException.of(502, failure.code(), "Mapillary is unavailable; try again later");
    }

    /** Whole seconds, rounded up, at least one. */
    static long retryAfterSeconds(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            return 1;
        }
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
