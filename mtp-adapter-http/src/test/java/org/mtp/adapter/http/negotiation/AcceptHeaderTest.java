package org.mtp.adapter.http.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    private static final List<MediaType> SEQUENCE = List.of(MediaType.JSON, MediaType.GEO_JSON, MediaType.GPX);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none                                                   | application/json",
                "''                                                     | application/json",
                "*/*                                                    | application/json",
                "application/geo+json                                   | application/geo+json",
                "application/gpx+xml, application/json;q=0.5            | application/gpx+xml",
                "application/*;q=0.2, application/geo+json;q=0.9        | application/geo+json",
                "application/json;q=0, application/*                    | application/geo+json",
                "*/*;q=0.1, application/gpx+xml;q=0.3                   | application/gpx+xml",
                "text/html, */*;q=0.8                                   | application/json",
                "application/json, text/plain, */*                      | application/json",
                "application/geo+json;q=1.0, application/json;q=1        | application/json",
                "APPLICATION/GPX+XML                                    | application/gpx+xml",
                "garbage                                                | application/json",
                "application/gpx+xml;q=2, application/geo+json;q=0.5     | application/geo+json",
                "text/html                                              | none",
                "application/json;q=0, application/geo+json;q=0.000, application/gpx+xml;q=0 | none",
                "*/*;q=0                                                | none"
            })
    void theBestAcceptableRepresentationWinsAndTheRoutesOrderBreaksTies(String header, String expected) {
        assertThat(AcceptHeader.parse(header)
                        .choose(SEQUENCE)
                        .map(MediaType::toString)
                        .orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void aHeaderParsedAgainChoosesAlike_andAnOverlongOneIsParsedAllTheSame() {
        String header = "application/gpx+xml;q=0.4, application/geo+json;q=0.6";
        String overlong = "text/plain;q=0.1, ".repeat(40) + "application/gpx+xml";

        for (int i = 0; i < 3; i++) {
            assertThat(AcceptHeader.parse(header).choose(SEQUENCE)).contains(MediaType.GEO_JSON);
            assertThat(AcceptHeader.parse(overlong).choose(SEQUENCE)).contains(MediaType.GPX);
        }
    }
}
