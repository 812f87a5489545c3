package org.mtp.adapter.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.port.in.mapillary.MapillaryNotConnectedException;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceFailures;

/**
 * Each failure of an import reads as a sentence, the same whether thrown at once or stored with a background import.
 */
class MapillaryTroubleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-12-08T00:00:00Z");

    @Test
    void theDailyLimitSaysWhenImportsResumeInUtc() {
        MapillaryTrouble thrown = MapillaryTrouble.of(new ImportLimitReachedException(3, MIDNIGHT), NOW)
                .orElseThrow();
        MapillaryTrouble stored = MapillaryTrouble.of(new ImportFailure("import_limit_reached", Optional.of(MIDNIGHT)));

        assertThat(thrown.message())
                .isEqualTo("You have used today's imports; imports resume at 2026-12-08 00:00:00 UTC.");
        assertThat(stored).isEqualTo(thrown);
    }

    @Test
    void aRateLimitSaysWhenToTryAgain() {
        MapillaryTrouble trouble = MapillaryTrouble.of(
                        new MapillaryException.RateLimited("slow", Duration.ofMinutes(5)), NOW)
                .orElseThrow();

        assertThat(trouble.message()).contains("2026-12-07 10:20:00 UTC");
        assertThat(trouble.reconnect()).isFalse();
    }

    @Test
    void aRevokedOrMissingConnectionOffersToConnectAgain() {
        assertThat(MapillaryTrouble.of(new MapillaryException.InvalidToken("revoked"), NOW))
                .hasValueSatisfying(t -> assertThat(t.reconnect()).isTrue());
        assertThat(MapillaryTrouble.of(new MapillaryNotConnectedException(), NOW))
                .hasValueSatisfying(t -> assertThat(t.reconnect()).isTrue());
        assertThat(MapillaryTrouble.of(ImportFailure.of("mapillary_token_invalid"))
                        .reconnect())
                .isTrue();
    }

    @Test
    void theOtherFailuresHaveTheirOwnWords() {
        assertThat(MapillaryTrouble.of(new SequenceFailures.KeyTaken(MapillarySequenceKey.of("k1")), NOW))
                .hasValueSatisfying(t -> assertThat(t.message()).contains("already been imported by someone"));
        assertThat(MapillaryTrouble.of(new MapillaryException.Unavailable("down", null), NOW))
                .hasValueSatisfying(t -> assertThat(t.message()).contains("Mapillary is unavailable"));
        assertThat(MapillaryTrouble.of(ImportFailure.of(ImportFailure.CUT_OFF)).message())
                .contains("cut off by a restart");
        assertThat(MapillaryTrouble.of(ImportFailure.of(ImportFailure.BUSY)).message())
                .contains("too many imports");
        assertThat(MapillaryTrouble.of(new IllegalStateException("not about importing"), NOW))
                .isEmpty();
    }
}
