package org.mtp.adapter.mapillary.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Keeps secrets out of log lines: token-bearing query parameters and headers are replaced by a marker. */
public final class Redaction {

    public static final String MARK = "<redacted>";

    private static final Set<String> SECRET_PARAMETERS =
            Set.of("access_token", "refresh_token", "client_secret", "code", "token");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");
    private static final Pattern SECRET_IN_TEXT =
            Pattern.compile("(?i)((?:access_token|refresh_token|client_secret)[\"']?\\s*[=:]\\s*[\"']?)[^&\"'\\s,}]+"
                    + "|((?:OAuth|Bearer)\\s+)[^\\s\"',}]+");

    private Redaction() {}

    /** The URL with the values of secret query parameters masked. */
    public static String url(HttpUrl url) {
        HttpUrl.Builder builder = url.newBuilder();
        for (String name : url.queryParameterNames()) {
            if (SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.setQueryParameter(name, MARK);
            }
        }
        return builder.build().toString().replace("%3Credacted%3E", MARK);
    }

    /** Headers as one line, with credentials masked. */
    public static String headers(Headers headers) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            if (line.length() > 0) {
                line.append("; ");
            }
            line.append(name).append(": ").append(secret ? MARK : headers.value(i));
        }
        return line.toString();
    }

    /** Free text (a server message, an exception message) with anything that looks like a credential masked. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        return SECRET_IN_TEXT
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement((m.group(1) != null ? m.group(1) : m.group(2)) + MARK));
    }
}
