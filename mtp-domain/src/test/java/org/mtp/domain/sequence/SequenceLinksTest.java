package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: Uploader links: http(s) Street View links only, printable Strava ids, additive merge. */
class SequenceLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://goo.gl/maps/abc",
                "http://example.org/x?y=1",
                "HTTPS://MAPS.GOOGLE.COM/",
                "https://x!",
                "https://a~b"
            })
    void httpAndHttpsLinksAreAccepted(String link) {
        assertThat(new SequenceLinks(link, null).googleStreetViewLink()).contains(link);
    }

    @Test
    void aStreetViewLinkIsTrimmed() {
        assertThat(new SequenceLinks("  https://goo.gl/maps/abc \n", null).googleStreetView())
                .isEqualTo("https://goo.gl/maps/abc");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript://%0aalert(1)",
                "data:text/html,x",
                "ftp://x.org",
                "goo.gl/maps/abc",
                "https//x",
                "https://a b",
                "https://a\tb",
                "https://a\u007fb",
                "http:/x",
                "https:"
            })
    void otherSchemesAndLinksWithSpacesOrControlsAreRejected(String link) {
        assertThatThrownBy(() -> new SequenceLinks(link, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'google_street_view' must be an http or https link");
    }

    @Test
    void aStreetViewLinkHoldsAtMost2000Characters() {
        String prefix = "https://";
        String longest = prefix + "x".repeat(2000 - prefix.length());

        assertThat(new SequenceLinks(longest, null).googleStreetView()).hasSize(2000);
        assertThatThrownBy(() -> new SequenceLinks(longest + "x", null))
                .extracting("field")
                .isEqualTo("google_street_view");
        assertThatThrownBy(() -> new SequenceLinks("  ", null))
                .extracting("field")
                .isEqualTo("google_street_view");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "abc-DEF_1", "!~"})
    void stravaIdsArePrintableAsciiWithoutSpaces(String id) {
        assertThat(new SequenceLinks(null, id).stravaActivity()).contains(id);
    }

    @Test
    void aStravaIdIsTrimmed() {
        assertThat(new SequenceLinks(null, " 12345 ").strava()).isEqualTo("12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 345", "12\t345", "caf\u00e9", "12\u007f", "12\u0001"})
    void stravaIdsWithSpacesControlsOrNonAsciiAreRejected(String id) {
        assertThatThrownBy(() -> new SequenceLinks(null, id))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'strava' must be printable ASCII without spaces");
    }

    @Test
    void aStravaIdHoldsOneToAHundredCharacters() {
        assertThat(new SequenceLinks(null, "9".repeat(100)).strava()).hasSize(100);
        assertThatThrownBy(() -> new SequenceLinks(null, "9".repeat(101)))
                .extracting("field")
                .isEqualTo("strava");
        assertThatThrownBy(() -> new SequenceLinks(null, ""))
                .extracting("field")
                .isEqualTo("strava");
    }

    @Test
    void mergeReplacesGivenValuesAndKeepsAbsentOnes() {
        SequenceLinks current = new SequenceLinks("https://old", "111");

        assertThat(current.merge(new SequenceLinks(null, "222"))).isEqualTo(new SequenceLinks("https://old", "222"));
        assertThat(current.merge(new SequenceLinks("https://new", null)))
                .isEqualTo(new SequenceLinks("https://new", "111"));
        assertThat(current.merge(SequenceLinks.NONE)).isEqualTo(current);
        assertThat(SequenceLinks.NONE.merge(current)).isEqualTo(current);
    }

    @Test
    void emptyOnlyWithoutEitherLink() {
        assertThat(SequenceLinks.NONE.isEmpty()).isTrue();
        assertThat(SequenceLinks.NONE.googleStreetViewLink()).isEmpty();
        assertThat(SequenceLinks.NONE.stravaActivity()).isEmpty();
        assertThat(new SequenceLinks("https://x", null).isEmpty()).isFalse();
        assertThat(new SequenceLinks(null, "1").isEmpty()).isFalse();
    }
}
