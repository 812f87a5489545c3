package org.mtp.bootstrap.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtp.bootstrap.config.LogSettings.LogFormat;

/**
 * Test helper: one event a child service logged, read back from either line format. Lines that are no event (a text
 * stack trace's lines, an admin command's answer) are skipped.
 */
public record LogLine(String level, String logger, String message, String requestId) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code time level [request id or -] logger - message}, as the text format writes it. */
    private static final Pattern TEXT = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (TRACE|DEBUG|INFO|WARN|ERROR) +\\[([^]]*)] (\\S+) - (.*)");

    public static List<LogLine> parse(String output, LogFormat format) {
        List<LogLine> events = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (format == LogFormat.JSON && line.startsWith("{")) {
                events.add(fromJson(line));
            } else if (format == LogFormat.TEXT) {
                Matcher text = TEXT.matcher(line);
                if (text.matches()) {
                    events.add(new LogLine(
                            text.group(1),
                            text.group(3),
                            text.group(4),
                            text.group(2).equals("-") ? null : text.group(2)));
                }
            }
        }
        return events;
    }

    /** One JSON line; fails when the line is not a JSON object with the agreed fields. */
    public static LogLine fromJson(String line) {
        try {
            JsonNode json = JSON.readTree(line);
            JsonNode requestId = json.get("request_id");
            return new LogLine(
                    json.get("level").asText(),
                    json.get("logger").asText(),
                    json.get("message").asText(),
                    requestId == null ? null : requestId.asText());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }

    /** TRACE or DEBUG: what only a raised level shows. */
    public boolean isDetail() {
        return level.equals("TRACE") || level.equals("DEBUG");
    }
}
