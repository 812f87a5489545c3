package org.mtp.adapter.web.importing;

import java.time.Instant;
import java.util.Optional;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.port.in.mapillary.MapillaryNotConnectedException;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.sequence.SequenceFailures;

/**
 * A failure of an import or of listing from Mapillary as a person reads it: one sentence, and whether connecting
 * Mapillary again is the way out. Failures stored with a background import arrive by their code.
 */
record MapillaryTrouble(String message, boolean reconnect) {

    /**
     * The trouble {@code failure} means, or empty for a failure that is not about importing (it is answered as such).
     */
    static Optional<MapillaryTrouble> of(RuntimeException failure, Instant now) {
        if (failure instanceof MapillaryNotConnectedException || failure instanceof MapillaryException.InvalidToken) {
            return Optional.of(new MapillaryTrouble(Texts.MAPILLARY_TOKEN_REVOKED, true));
        }
        if (failure instanceof MapillaryException.RateLimited limited) {
            return Optional.of(plain(Texts.rateLimited(Formats.utc(now.plus(limited.retryAfter())))));
        }
        if (failure instanceof ImportLimitReachedException limit) {
            return Optional.of(plain(Texts.importsResumeAt(Formats.utc(limit.retryAt()))));
        }
        if (failure instanceof SequenceFailures.KeyTaken) {
            return Optional.of(plain(Texts.ALREADY_IMPORTED));
        }
        if (failure instanceof MapillaryException mapillary) {
            return Optional.of(ofCode(mapillary.code(), Optional.empty()));
        }
        if (failure instanceof SequenceFailures.NotOwnedOnMapillary) {
            return Optional.of(plain(Texts.NOT_YOURS_ON_MAPILLARY));
        }
        return Optional.empty();
    }

    /** What a stored failure says. */
    static MapillaryTrouble of(ImportFailure failure) {
        return ofCode(failure.code(), failure.retryAt());
    }

    private static MapillaryTrouble ofCode(String code, Optional<Instant> retryAt) {
        String at = retryAt.map(Formats::utc).orElse("");
        return switch (code) {
            case "mapillary_not_connected", "mapillary_token_invalid" ->
                new MapillaryTrouble(Texts.MAPILLARY_TOKEN_REVOKED, true);
            case "mapillary_rate_limited" -> plain(Texts.rateLimited(at));
            case "import_limit_reached" -> plain(Texts.importsResumeAt(at));
            case "conflict" -> plain(Texts.ALREADY_IMPORTED);
            case "mapillary_sequence_not_owned" -> plain(Texts.NOT_YOURS_ON_MAPILLARY);
            case "mapillary_sequence_not_found" -> plain(Texts.NOT_ON_MAPILLARY);
            case "mapillary_unavailable", "mapillary_timeout", "mapillary_malformed_response" ->
                plain(Texts.MAPILLARY_UNAVAILABLE);
            case ImportFailure.CUT_OFF -> plain(Texts.IMPORT_CUT_OFF);
            case ImportFailure.BUSY -> plain(Texts.IMPORT_BUSY);
            default -> plain(Texts.IMPORT_FAILED);
        };
    }

    private static MapillaryTrouble plain(String message) {
        return new MapillaryTrouble(message, false);
    }
}
