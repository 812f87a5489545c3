package org.mtp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tests: Every instant is kept in UTC at millisecond precision. */
class TimestampsTest {

    @Test
    void subMillisecondPrecisionIsDropped() {
        assertThat(Timestamps.normalize(Instant.parse("2024-03-10T12:34:56.123456789Z")))
                .isEqualTo(Instant.parse("2024-03-10T12:34:56.123Z"));
        assertThat(Timestamps.normalize(Instant.parse("2024-03-10T12:34:56.999999Z")))
                .isEqualTo(Instant.parse("2024-03-10T12:34:56.999Z"));
    }

    @Test
    void wholeMillisecondsAreKept() {
        Instant exact = Instant.parse("2024-03-10T12:34:56.120Z");

        assertThat(Timestamps.normalize(exact)).isEqualTo(exact);
    }

    @Test
    void beforeTheEpochTruncationGoesTowardsTheEarlierMillisecond() {
        assertThat(Timestamps.normalize(Instant.parse("1969-12-31T23:59:59.9995Z")))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.999Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(Timestamps.normalize(null)).isNull();
    }
}
