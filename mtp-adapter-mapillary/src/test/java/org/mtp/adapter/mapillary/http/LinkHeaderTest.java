package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Link header parser: rels, quoting, several headers, commas inside URLs. */
class LinkHeaderTest {

    @Test
    void readsEachRel_fromTheDocumentedExample() {
        LinkHeader links = LinkHeader.parse(
                List.of("<https://a.mapillary.com/v3/sequences?page=1&per_page=2&client_id=SYNTH>; rel=\"first\", "
                        + "<https://a.mapillary.com/v3/sequences?page=2&per_page=2&client_id=SYNTH>; rel=\"next\""));

        assertThat(links.rel("first"))
                .hasValue("https://a.mapillary.com/v3/sequences?page=1&per_page=2&client_id=SYNTH");
        assertThat(links.next()).hasValue("https://a.mapillary.com/v3/sequences?page=2&per_page=2&client_id=SYNTH");
        assertThat(links.rel("prev")).isEmpty();
    }

    @Test
    void acceptsBareRels_severalRelsPerLink_otherParameters_andSeveralHeaders() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://x.example/a?bbox=1,2,3,4>; title=\"a, b\"; rel=prev",
                "<https://x.example/b>;rel=\"next last\""));

        assertThat(links.rel("prev")).hasValue("https://x.example/a?bbox=1,2,3,4");
        assertThat(links.next()).hasValue("https://x.example/b");
        assertThat(links.rel("LAST")).hasValue("https://x.example/b");
    }

    @Test
    void nothingUsable_meansNoNext() {
        assertThat(LinkHeader.parse(List.of()).next()).isEmpty();
        assertThat(LinkHeader.parse(List.of("garbage; rel=next")).next()).isEmpty();
        assertThat(LinkHeader.parse(List.of("<https://x.example/unclosed; rel=next"))
                        .next())
                .isEmpty();
        assertThat(LinkHeader.parse(List.of("<https://x.example/a>")).next()).isEmpty();
    }
}
