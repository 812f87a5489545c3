package org.mtp.bootstrap.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The placeholders of recorded exchanges: the same value the same placeholder, and a changed relationship shown. */
class VolatileValuesTest {

    private static final String ALICE = "0f8e1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";
    private static final String BOB = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCde";

    private final VolatileValues values = new VolatileValues();

    @Test
    void theSameIdIsTheSamePlaceholderAcrossExchangesAndOthersAreNumberedInOrderOfAppearance() {
        assertThat(values.normalise("GET /api/v1/users/" + ALICE)).isEqualTo("GET /api/v1/users/<uuid-1>");
        assertThat(values.normalise("{\"owner\":\"" + BOB + "\",\"liker\":\"" + ALICE + "\"}"))
                .isEqualTo("{\"owner\":\"<uuid-2>\",\"liker\":\"<uuid-1>\"}");
    }

    @Test
    void aTokenGivenInARedirectIsKnownAgainWhenItIsSentBack() {
        assertThat(values.normalise("location: app.mtp.desktop://app#access_token=" + TOKEN + "&token_type=bearer"))
                .isEqualTo("location: app.mtp.desktop://app#access_token=<token-1>&token_type=bearer");
        assertThat(values.normalise("Authorization: Bearer " + TOKEN)).isEqualTo("Authorization: Bearer <token-1>");
    }

    @Test
    void aCursorShowsItsPositionWithTheIdsItEncodesAndWithoutItsSignature() {
        String position = encode("search-latest|1716206400000|" + ALICE);
        String cursor = encode("[\"sequences.latest\",[\"" + position + "\"]]") + ".c2lnbmF0dXJlLW9mLTE2LWJ5dGVz";

        String shown =
                values.normalise("{\"id\":\"" + ALICE + "\",\"next\":\"/api/v1/sequences?cursor=" + cursor + "\"}");

        assertThat(shown)
                .isEqualTo("{\"id\":\"<uuid-1>\",\"next\":\"/api/v1/sequences?cursor=<cursor "
                        + "[\"sequences.latest\",[\"<base64 search-latest|1716206400000|<uuid-1>>\"]]>\"}");
    }

    @Test
    void theSignInFormsNonceIsOnePlaceholderInTheCookieSetAndTheCookieSentBack() {
        String nonce = "q1W2e3R4t5Y6u7I8o9P0aS";

        assertThat(values.normalise("set-cookie: mtp_authorize=" + nonce + "; Path=/api/v1/authorize\n"
                        + "> Cookie: mtp_authorize=" + nonce))
                .isEqualTo("set-cookie: mtp_authorize=<nonce-1>; Path=/api/v1/authorize\n"
                        + "> Cookie: mtp_authorize=<nonce-1>");
    }

    @Test
    void theServersAddressesReadTheSameWhateverPortTheyGot() {
        values.address("http://127.0.0.1:40123/", "<mapillary>/");

        assertThat(values.normalise("\"authorization_url\":\"http://127.0.0.1:40123/connect?client_id=1\""))
                .isEqualTo("\"authorization_url\":\"<mapillary>/connect?client_id=1\"");
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
