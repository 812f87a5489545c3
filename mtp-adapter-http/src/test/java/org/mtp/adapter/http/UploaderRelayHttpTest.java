package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.RunningApi;

/** The desktop uploader's redirect relays, byte for byte as in uploader-requests.http. */
class UploaderRelayHttpTest {

    private final RunningApi running = RunningApi.start();

    @AfterEach
    void stop() {
        running.close();
    }

    @ParameterizedTest
    @CsvSource({
        "/accounts/check-mtpu-mapillary-oauth,access_token=MLY%7C123&token_type=bearer&expires_in=5184000,"
                + "app.mtp.desktop://mapillary?access_token=MLY%7C123&token_type=bearer&expires_in=5184000",
        "/accounts/check-mtpu-google-oauth,code=4/0Ab&scope=https://www.googleapis.com/auth/streetviewpublish,"
                + "app.mtp.desktop://google?code=4/0Ab&scope=https://www.googleapis.com/auth/streetviewpublish",
        "/exchange_token,state=&code=abc&scope=read%2Cactivity%3Awrite,"
                + "app.mtp.desktop://strava?state=&code=abc&scope=read%2Cactivity%3Awrite"
    })
    void eachRelayRedirectsToTheAppWithTheSameQueryString(String path, String query, String location) {
        ApiResponse response = running.client.get(path + "?" + query).send();

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).contains(location);
        assertThat(running.accounts.users.count()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "/accounts/check-mtpu-mapillary-oauth,app.mtp.desktop://mapillary",
        "/exchange_token,app.mtp.desktop://strava"
    })
    void withoutAQueryTheRelayRedirectsToTheBareTarget(String path, String location) {
        assertThat(running.client.get(path).send().header("Location")).contains(location);
    }
}
