package org.mtp.adapter.http.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.port.out.mapillary.MapillaryException;

class MapillaryFailuresTest {

    @Test
    void eachFailureHasItsStatusAndCodeAndABadTokenIsNeverA401() {
        assertThat(MapillaryFailures.answer(new MapillaryException.InvalidToken("x"))
                        .status())
                .isEqualTo(422);
        assertThat(MapillaryFailures.answer(new MapillaryException.NotFound("x"))
                        .status())
                .isEqualTo(422);
        assertThat(MapillaryFailures.answer(new MapillaryException.Unavailable("x", null))
                        .status())
                .isEqualTo(502);
        assertThat(MapillaryFailures.answer(new MapillaryException.MalformedResponse("x", null))
                        .status())
                .isEqualTo(502);
        assertThat(MapillaryFailures.answer(new MapillaryException.Timeout("x", null))
                        .status())
                .isEqualTo(504);
        ApiException limited = MapillaryFailures.answer(new MapillaryException.RateLimited("x", Duration.ofSeconds(9)));
        assertThat(limited.status()).isEqualTo(503);
        assertThat(limited.code()).isEqualTo("mapillary_rate_limited");
        assertThat(limited.headers()).containsEntry("Retry-After", "9");
    }

    @Test
    void aRejectedUploadNamesItsField() {
        ApiException answer = MapillaryFailures.answer(new MapillaryException.UploadRejected("images", "too big"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).isEqualTo(Map.of("images", List.of("too big")));
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "999,1", "1000,1", "1001,2", "30200,31", "-5,1"})
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne(long millis, long seconds) {
        assertThat(MapillaryFailures.retryAfterSeconds(Duration.ofMillis(millis)))
                .isEqualTo(seconds);
    }
}
