package org.mtp.adapter.mapillary.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 8288 {@code Link} header parser: {@code <url>; rel="next", <url>; rel="prev"}. Handles several headers,
 * quoted or bare rel values, several space-separated rels per link and commas inside the URL brackets.
 */
public final class LinkHeader {

    private final Map<String, String> byRel;

    private LinkHeader(Map<String, String> byRel) {
        this.byRel = byRel;
    }

    public static LinkHeader parse(List<String> headers) {
        Map<String, String> byRel = new LinkedHashMap<>();
        for (String header : headers) {
            parseInto(header, byRel);
        }
        return new LinkHeader(byRel);
    }

    public Optional<String> rel(String rel) {
        return Optional.ofNullable(byRel.get(rel.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> next() {
        return rel("next");
    }

    private static void parseInto(String header, Map<String, String> byRel) {
        int i = 0;
        while (i < header.length()) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                return;
            }
            int close = header.indexOf('>', open);
            if (close < 0) {
                return;
            }
            String url = header.substring(open + 1, close).strip();
            int end = nextLinkStart(header, close + 1);
            String params = header.substring(close + 1, end);
            for (String rel : rels(params)) {
                byRel.putIfAbsent(rel, url);
            }
            i = end;
        }
    }

    /** The index of the comma that ends this link's parameters (commas inside quotes do not count). */
    private static int nextLinkStart(String header, int from) {
        boolean quoted = false;
        for (int j = from; j < header.length(); j++) {
            char c = header.charAt(j);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return j + 1;
            }
        }
        return header.length();
    }

    private static List<String> rels(String params) {
        for (String param : params.split(";")) {
            String p = param.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("rel")) {
                String value = p.substring(eq + 1).strip();
                if (value.endsWith(",")) {
                    value = value.substring(0, value.length() - 1).strip();
                }
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return List.of(value.toLowerCase(Locale.ROOT).strip().split("\\s+"));
            }
        }
        return List.of();
    }
}
