package org.mtp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.bootstrap.config.LogSettings.LogFormat;

/** Both line formats on one event, and the JSON line's escaping of what a message may contain. */
class LineEncodersTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger logger = context.getLogger("org.mtp.example.Thing");

    private LoggingEvent event(String message, Throwable failure, Map<String, String> logContext) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, failure, null);
        event.setInstant(Instant.parse("2026-12-06T19:25:50.706123Z"));
        event.setThreadName("worker-1");
        event.setMDCPropertyMap(logContext);
        return event;
    }

    private String encode(LogFormat format, LoggingEvent event) {
        return new String(LineEncoders.of(context, format).encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void aJsonLineHasTheAgreedFieldsWithTheTimeInUtcToTheMillisecond() throws Exception {
        String line = encode(
                LogFormat.JSON,
                event(
                        "GET /api/v1/sequences/{id} 200 3.1 ms",
                        null,
                        Map.of("request_id", "abc", "other", "not shipped")));

        assertThat(line).endsWith("\n").doesNotContain("not shipped");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("time", "level", "logger", "thread", "message", "request_id");
        assertThat(json.get("time").asText()).isEqualTo("2026-12-06T19:25:50.706Z");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("org.mtp.example.Thing");
        assertThat(json.get("thread").asText()).isEqualTo("worker-1");
        assertThat(json.get("request_id").asText()).isEqualTo("abc");
    }

    @Test
    void aJsonLineEscapesQuotesBackslashesControlCharactersAndLineBreaksAndCarriesTheStackTrace() throws Exception {
        String awkward = "said \"hi\\there\"\nsecond line\ttab \u0001 caf\u00e9 \u2028 end";
        String line = encode(LogFormat.JSON, event(awkward, new IllegalStateException("boom\non two lines"), Map.of()));

        assertThat(line.strip().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo(awkward);
        assertThat(json.has("request_id")).isFalse();
        assertThat(json.get("exception").asText())
                .startsWith("java.lang.IllegalStateException: boom\non two lines")
                .contains("at org.mtp.bootstrap.logging.LineEncodersTest");
    }

    @Test
    void aTextLineShowsTheRequestIdOrADash() {
        assertThat(encode(LogFormat.TEXT, event("GET / 200 1.0 ms", null, Map.of("request_id", "abc"))))
                .isEqualTo("2026-12-06T19:25:50.706Z WARN  [abc] org.mtp.example.Thing - GET / 200 1.0 ms\n");
        assertThat(encode(LogFormat.TEXT, event("mtp stopped", null, Map.of())))
                .isEqualTo("2026-12-06T19:25:50.706Z WARN  [-] org.mtp.example.Thing - mtp stopped\n");
    }

    @Test
    void aTextLineFollowsAFailureWithItsStackTrace() {
        List<String> lines = encode(LogFormat.TEXT, event("failed", new IllegalStateException("boom"), Map.of()))
                .lines()
                .toList();

        assertThat(lines.get(0)).endsWith(" - failed");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
    }
}
