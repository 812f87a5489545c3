package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.bootstrap.testing.ChildService;
import org.mtp.bootstrap.testing.LogLine;

/**
 * The service as an operator runs it with {@code MTP_LOG_FORMAT=json}, in a JVM of its own: every line it writes is a
 * JSON object with the agreed fields, a request's line carries the client's request id, and what is logged while it
 * stops still reaches the output (the queue is drained).
 */
class JsonLogLinesTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @TempDir
    Path dir;

    @Test
    void givenJsonFormat_everyLineIsAJsonObject_andARequestsLineCarriesItsId() throws Exception {
        Map<String, String> settings =
                Map.of("MTP_DATA_DIR", dir.resolve("data").toString(), "MTP_HTTP_PORT", "0", "MTP_LOG_FORMAT", "json");
        String output;
        try (ChildService mtp = ChildService.serve(settings, dir, dir.resolve("mtp.log"))) {
            ApiResponse refused = mtp.client()
                    .get("/api/v1/transport-types?client_id=nobody")
                    .header("X-Request-Id", "abc")
                    .send();
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("X-Request-Id")).contains("abc");
            mtp.stop();
            output = mtp.log();
        }
        Files.writeString(Path.of("target", "JsonLogLinesTest.log"), output);

        List<String> lines = output.lines().toList();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.isObject()).as(line).isTrue();
            assertThat(event.get("time").asText()).as(line).matches(TIME);
            assertThat(List.of("level", "logger", "thread", "message")).as(line).allMatch(event::hasNonNull);
        }
        List<LogLine> events = lines.stream().map(LogLine::fromJson).toList();
        assertThat(events)
                .filteredOn(e -> e.message().startsWith("GET /api/v1/transport-types 401 "))
                .singleElement()
                .satisfies(request -> {
                    assertThat(request.logger()).isEqualTo("mtp.http");
                    assertThat(request.requestId()).isEqualTo("abc");
                });
        assertThat(events)
                .filteredOn(e -> e.message().startsWith("mtp listening"))
                .singleElement()
                .extracting(LogLine::requestId)
                .isNull();
        assertThat(events.get(events.size() - 1).message())
                .as("logged by the shutdown hook, then drained")
                .isEqualTo("mtp stopped");
    }
}
