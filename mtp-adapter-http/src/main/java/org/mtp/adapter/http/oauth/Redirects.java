package org.mtp.adapter.http.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.oauth.RedirectUri;

/** Builds the redirects of the authorization endpoint: parameters in the query (code) or in the fragment (token). */
final class Redirects {

    private Redirects() {}

    static String inQuery(RedirectUri uri, Map<String, String> parameters) {
        return uri.value() + (uri.hasQuery() ? "&" : "?") + encode(parameters);
    }

    static String inFragment(RedirectUri uri, Map<String, String> parameters) {
        return uri.value() + "#" + encode(parameters);
    }

    /** The parameters, with {@code state} appended when the request had one. */
    static Map<String, String> withState(Map<String, String> parameters, Optional<String> state) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        state.ifPresent(value -> all.put("state", value));
        return all;
    }

    private static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        });
        return out.toString();
    }
}
