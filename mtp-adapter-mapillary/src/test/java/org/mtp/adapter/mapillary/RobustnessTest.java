package org.mtp.adapter.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.mapillary.http.Jitter;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillarySequenceKey;

/**
 * How every call copes with a misbehaving Mapillary: each error class, retries with backoff, Retry-After, timeouts,
 * dropped connections and garbage, always ending in a typed port exception. Three attempts, 100 ms initial backoff.
 */
class RobustnessTest extends FakeMapillaryTestBase {

    private MapillaryGateway gateway() {
        return clients().gateway();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 400, 500})
    void code190_isAnInvalidToken_whateverTheStatus_andIsNotRetried(int status) {
        fake.script(
                "/me",
                FakeJson.graphError(status, 190, null, "MLYApiException", "Invalid OAuth 2.0 Access Token", null));

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.InvalidToken.class)
                .hasMessageContaining("code 190");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void code100_isNotFound_andIsNotRetried() {
        fake.script("/image_ids", FakeJson.unknownObject("synthSeqKey00000000001"));

        assertThatThrownBy(() ->
                        gateway().fetchSequence(Synth.WALKER_TOKEN, MapillarySequenceKey.of("synthSeqKey00000000001")))
                .isInstanceOf(MapillaryException.NotFound.class)
                .hasMessageContaining("code 100/33");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 429})
    void theApplicationRequestLimit_isRetriedWithBackoff_thenSucceeds(int status) {
        fake.script("/me", FakeJson.rateLimited(status), 2);

        assertThat(gateway().verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requestCount()).isEqualTo(3);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void serverErrorsAreRetried_thenTheCallSucceeds() {
        fake.script("/me", FakeJson.json(500, Map.of()));
        fake.script(
                "/me",
                new MockResponse.Builder().code(503).body("<html>busy</html>").build());

        assertThat(gateway().verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void retriesExhausted_isUnavailable_afterTheConfiguredAttempts() {
        fake.script(
                "/me", new MockResponse.Builder().code(502).body("bad gateway").build(), 3);

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Unavailable.class)
                .hasMessageContaining("after 3 attempts");
        assertThat(fake.requestCount()).isEqualTo(3);
        assertThat(sleeper.sleeps()).hasSize(2);
    }

    @Test
    void rateLimitedOnEveryAttempt_isRateLimited() {
        fake.script("/me", FakeJson.rateLimited(429), 3);

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOfSatisfying(
                        MapillaryException.RateLimited.class,
                        e -> assertThat(e.retryAfter()).isPositive());
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void retryAfterInSeconds_isHonouredInsteadOfTheBackoff() {
        fake.script(
                "/me",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "2")
                        .build());

        gateway().verifyToken(Synth.WALKER_TOKEN);

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDate_isHonoured() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Synth.CLOCK.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
        fake.script(
                "/me",
                new MockResponse.Builder()
                        .code(503)
                        .setHeader("Retry-After", inFiveSeconds)
                        .build());

        gateway().verifyToken(Synth.WALKER_TOKEN);

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterAboveTheMaximum_failsAtOnceAsRateLimited_withTheWait() {
        fake.script(
                "/me",
                new MockResponse.Builder(FakeJson.rateLimited(429))
                        .setHeader("Retry-After", "3600")
                        .build());

        assertThatThrownBy(() -> clients(config().withMaxRetryAfterWait(Duration.ofSeconds(30)))
                        .gateway()
                        .verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOfSatisfying(
                        MapillaryException.RateLimited.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(fake.requestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void aReadTimeout_isRetried_thenReportedAsTimeout() {
        MockResponse slow = new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build();
        fake.script("/me", slow, 2);
        MapillaryConfig quick = config().withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(150), Duration.ofSeconds(5));

        assertThatThrownBy(() -> clients(quick).gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Timeout.class)
                .hasMessageContaining("after 2 attempts");
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aCallTimeout_boundsASlowlyTrickledBody() {
        String body = "{\"id\":\"100000000000001\",\"username\":\"synth_walker\",\"pad\":\"" + "x".repeat(400) + "\"}";
        MockResponse trickle = new MockResponse.Builder()
                .body(body)
                .throttleBody(20, 50, TimeUnit.MILLISECONDS)
                .build();
        fake.script("/me", trickle);
        MapillaryConfig quick = config().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(300));

        assertThatThrownBy(() -> clients(quick).gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Timeout.class);
    }

    @Test
    void aConnectionDroppedMidBody_isRetried() {
        String body = "{\"id\":\"100000000000001\",\"username\":\"synth_walker\",\"pad\":\"" + "x".repeat(4000) + "\"}";
        fake.script(
                "/me",
                new MockResponse.Builder()
                        .body(body)
                        .onResponseBody(new SocketEffect.CloseSocket())
                        .build());

        assertThat(gateway().verifyToken(Synth.WALKER_TOKEN)).isEqualTo(Synth.WALKER);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aConnectionDroppedOnEveryAttempt_isUnavailable() {
        String body = "{\"pad\":\"" + "x".repeat(4000) + "\"}";
        fake.script(
                "/me",
                new MockResponse.Builder()
                        .body(body)
                        .onResponseBody(new SocketEffect.CloseSocket())
                        .build(),
                3);

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Unavailable.class)
                .hasMessageContaining("I/O error");
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": \"1000", "<html>ok</html>", "[1, 2]", "{\"id\": {\"nested\": true}}", "null", ""})
    void aBodyThatIsNotTheDocumentedJson_isMalformed_andNotRetried(String body) {
        fake.script("/me", new MockResponse.Builder().body(body).build());

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.MalformedResponse.class);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptedBackoff_endsTheCallAndKeepsTheInterrupt() {
        fake.script("/me", FakeJson.json(500, Map.of()));
        try (MapillaryClients interrupting = MapillaryClients.create(
                config(),
                Synth.CLOCK,
                d -> {
                    throw new InterruptedException("stop");
                },
                Jitter.none())) {
            assertThatThrownBy(() -> interrupting.gateway().verifyToken(Synth.WALKER_TOKEN))
                    .isInstanceOf(MapillaryException.Unavailable.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void nothingListensAtAll_isUnavailable() {
        fake.close();

        assertThatThrownBy(() -> gateway().verifyToken(Synth.WALKER_TOKEN))
                .isInstanceOf(MapillaryException.Unavailable.class);
    }
}
