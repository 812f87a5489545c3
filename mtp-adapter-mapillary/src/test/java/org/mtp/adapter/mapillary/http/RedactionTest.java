package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Secrets are masked in URLs, headers and free text before anything is logged. */
class RedactionTest {

    @Test
    void tokenQueryParametersAreMasked_othersKept() {
        HttpUrl url =
                HttpUrl.get("https://graph.mapillary.com/images?fields=id&access_token=MLY%7C1%7Csecret&after=c2");

        String line = Redaction.url(url);

        assertThat(line).doesNotContain("secret").contains("access_token=<redacted>", "fields=id", "after=c2");
    }

    @Test
    void credentialHeadersAreMasked() {
        Headers headers = Headers.of("Authorization", "OAuth MLYsecret", "Offset", "12", "Cookie", "s=1");

        assertThat(Redaction.headers(headers)).isEqualTo("Authorization: <redacted>; Offset: 12; Cookie: <redacted>");
    }

    @Test
    void credentialsInFreeTextAreMasked() {
        assertThat(Redaction.text("bad header Authorization: OAuth MLYsecret123, retry"))
                .doesNotContain("MLYsecret123")
                .contains("OAuth <redacted>");
        assertThat(Redaction.text("{\"access_token\": \"MLYsecret\"}")).doesNotContain("MLYsecret");
        assertThat(Redaction.text("url ?access_token=abc$1&x=1")).isEqualTo("url ?access_token=<redacted>&x=1");
        assertThat(Redaction.text(null)).isEmpty();
    }
}
