package org.mtp.bootstrap.recorded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper: writes a scenario group's exchanges as readable text, one block per exchange: its title after
 * {@code ###}, the request after {@code >}, the answer's status and headers after {@code <} (names lower-cased and
 * sorted, {@code Date} left out), then its body, JSON laid out; volatile values become placeholders.
 */
final class Transcript {

    /** Starts each exchange's block; a body line that starts so is escaped with a backslash. */
    static final String BLOCK = "### ";

    private static final String NO_LINE_FEED = "\\ no line feed at the end";
    /** The widest object or array of plain values kept on one line. */
    private static final int ONE_LINE = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private Transcript() {}

    /** The whole file of {@code group}: a preamble that says how to read it, then one block per exchange. */
    static String of(String group, List<Exchange> exchanges, VolatileValues values) {
        StringBuilder out = new StringBuilder(preamble(group));
        for (Exchange exchange : exchanges) {
            out.append('\n').append(values.normalise(block(exchange)));
        }
        return out.toString();
    }

    private static String preamble(String group) {
        return String.join(
                "\n",
                "# Recorded exchanges, group '" + group
                        + "': the API's answers to a scripted run (RecordedExchangesTest).",
                "# Compared on every run. After a deliberate change of behaviour: -Drecord.exchanges=true, review, commit.",
                "# Requests also carried Host, Content-Length (with a body) and Connection: close. Answers: header names",
                "# lower-cased and sorted, Date left out; compact JSON bodies laid out (see content-length for the sent",
                "# size), one member a line or one line where short, a problem's errors sorted by field. The clock starts at",
                "# " + Recorder.START + ", moves 1 s before each request and " + Recorder.GROUP_SPAN.toMinutes()
                        + " min from one group to the next.",
                "# Placeholders, numbered per file in the order met: <uuid-n> generated ids; <token-n> 32 random bytes",
                "# (access tokens, codes, client secrets, Mapillary states); <nonce-n> the sign-in form's cookie;",
                "# <form-token-n> its signed token; <etag-n> entity tags; <cursor ...> a list cursor's content, its",
                "# signature left out (<base64 ...> decoded inside it); <mtp> and <mapillary> the servers' addresses.",
                "");
    }

    private static String block(Exchange exchange) {
        Request request = exchange.request();
        List<String> lines = new ArrayList<>();
        lines.add(BLOCK + exchange.title());
        lines.add("> " + request.method() + " " + request.target());
        request.headers().forEach(header -> lines.add("> " + header));
        if (request.body().length > 0) {
            lines.add(">");
            // What was sent, so no mark of a missing last line feed: that is the script's choice, not an answer.
            bodyLines(request.bodyText()).stream()
                    .filter(line -> !line.equals(NO_LINE_FEED))
                    .forEach(line -> lines.add("> " + line));
        }
        lines.add("< " + exchange.status());
        switch (request.kept()) {
            case STATUS_AND_CONTENT_TYPE -> {
                lines.add("< content-type: " + exchange.answer().contentType());
                lines.add("(other headers and the body not kept: they change with every call)");
            }
            case BODY_DIGEST -> {
                responseHeaders(exchange).forEach(header -> lines.add("< " + header));
                lines.add("<");
                byte[] body = exchange.answer().body().getBytes(StandardCharsets.UTF_8);
                lines.add("(body not kept: " + body.length + " bytes, SHA-256 " + sha256(body) + ")");
            }
            case ALL -> {
                responseHeaders(exchange).forEach(header -> lines.add("< " + header));
                if (!exchange.answer().body().isEmpty()) {
                    lines.add("<");
                    lines.addAll(responseBody(
                            exchange.answer().contentType(), exchange.answer().body()));
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** {@code name: value}, the name lower-cased, sorted by name (same names keep their order), without Date. */
    private static List<String> responseHeaders(Exchange exchange) {
        List<String> headers = new ArrayList<>();
        for (String line : exchange.answer().headerLines()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!name.equals("date")) {
                headers.add(name + ": " + line.substring(colon + 1).strip());
            }
        }
        headers.sort((a, b) -> a.substring(0, a.indexOf(':')).compareTo(b.substring(0, b.indexOf(':'))));
        return headers;
    }

    private static List<String> responseBody(String contentType, String body) {
        if (contentType.contains("json")) {
            try {
                JsonNode tree = JSON.readTree(body);
                // Laid out again only when that loses nothing: the body was exactly the compact form of its tree.
                if (JSON.writeValueAsString(tree).equals(body)) {
                    List<String> lines = new ArrayList<>();
                    layOut(sortedFieldErrors(tree), "", "", lines);
                    return lines;
                }
            } catch (JsonProcessingException notJson) {
                // Kept as it came, below.
            }
        }
        return bodyLines(body).stream()
                .map(line -> line.startsWith(BLOCK) ? "\\" + line : line)
                .toList();
    }

    /**
     * The body's lines with control characters other than the line feed escaped, and a mark if no line feed ends it.
     */
    private static List<String> bodyLines(String body) {
        StringBuilder escaped = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (c == '\r') {
                escaped.append("\\r");
            } else if (c < 0x20 && c != '\n' && c != '\t') {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        List<String> lines = new ArrayList<>(List.of(escaped.toString().split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        } else {
            lines.add(NO_LINE_FEED);
        }
        return lines;
    }

    /**
     * {@code tree} with the members of every problem's {@code errors} sorted by field: the service copies that map with
     * {@code Map.copyOf}, whose order changes from one JVM to the next.
     */
    private static JsonNode sortedFieldErrors(JsonNode tree) {
        if (tree instanceof ObjectNode object && object.get("errors") instanceof ObjectNode errors) {
            Map<String, JsonNode> byField = new TreeMap<>();
            errors.properties().forEach(member -> byField.put(member.getKey(), member.getValue()));
            ObjectNode sorted = JSON.createObjectNode();
            byField.forEach(sorted::set);
            object.set("errors", sorted);
        }
        return tree;
    }

    /** One member or element a line, but objects and arrays of plain values on one line where they fit. */
    private static void layOut(JsonNode node, String indent, String prefix, List<String> lines) {
        if (!containers(node) && (indent + prefix + node).length() <= ONE_LINE) {
            lines.add(indent + prefix + node);
        } else if (node.isObject()) {
            lines.add(indent + prefix + "{");
            List<Map.Entry<String, JsonNode>> members = List.copyOf(node.properties());
            for (int i = 0; i < members.size(); i++) {
                layOut(
                        members.get(i).getValue(),
                        indent + "  ",
                        quoted(members.get(i).getKey()) + ": ",
                        lines);
                separate(lines, i < members.size() - 1);
            }
            lines.add(indent + "}");
        } else if (node.isArray()) {
            lines.add(indent + prefix + "[");
            for (int i = 0; i < node.size(); i++) {
                layOut(node.get(i), indent + "  ", "", lines);
                separate(lines, i < node.size() - 1);
            }
            lines.add(indent + "]");
        } else {
            lines.add(indent + prefix + node);
        }
    }

    private static void separate(List<String> lines, boolean more) {
        if (more) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ",");
        }
    }

    private static boolean containers(JsonNode node) {
        for (JsonNode element : node) {
            if (element.isContainerNode() && !element.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(String name) {
        try {
            return JSON.writeValueAsString(name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
