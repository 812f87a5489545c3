package org.mtp.adapter.http.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.mtp.adapter.http.html.Html;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.port.in.oauth.AuthorizationRequest;

/**
 * The sign-in and consent page of the authorization endpoint; every value from the request or the client is escaped.
 * Its sign-up link leads to the web app's sign-up page, which comes back to the same request.
 */
final class AuthorizePage {

    private AuthorizePage() {}

    static String render(
            AuthorizationRequest request, Map<String, String> hiddenFields, String formToken, String error) {
        String client = Html.escape(request.client().name().value());
        String access = request.scopes().includes(Scope.WRITE)
                ? (request.scopes().includes(Scope.READ) ? "read and change" : "change")
                : "read";
        StringBuilder body = new StringBuilder()
                .append("<h1>Sign in to Map the Paths</h1>\n")
                .append("<p><strong>")
                .append(client)
                .append("</strong> asks to ")
                .append(access)
                .append(" your Map the Paths data.</p>\n");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">")
                    .append(Html.escape(error))
                    .append("</p>\n");
        }
        body.append("<form method=\"post\" action=\"/api/v1/authorize\">\n");
        hiddenFields.forEach((name, value) -> hidden(body, name, value));
        hidden(body, "form_token", formToken);
        body.append("<label>Username or email <input name=\"username\" autocomplete=\"username\" required></label>\n")
                .append("<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\""
                        + " required></label>\n")
                .append("<button type=\"submit\" name=\"approve\" value=\"true\">Allow</button>\n")
                .append("<button type=\"submit\" name=\"approve\" value=\"false\" formnovalidate>Deny</button>\n")
                .append("</form>\n")
                .append("<p>No account yet? <a href=\"")
                .append(Html.escape(signUpUrl(hiddenFields)))
                .append("\">Sign up</a>, then come back here.</p>");
        return Html.page("Sign in to Map the Paths", body.toString());
    }

    /** The web app's sign-up page, coming back to this same authorization request afterwards. */
    static String signUpUrl(Map<String, String> requestFields) {
        StringJoiner query = new StringJoiner("&");
        requestFields.forEach((name, value) -> query.add(encode(name) + "=" + encode(value)));
        return "/sign-up?return_to=" + encode("/api/v1/authorize?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void hidden(StringBuilder body, String name, String value) {
        body.append("<input type=\"hidden\" name=\"")
                .append(Html.escape(name))
                .append("\" value=\"")
                .append(Html.escape(value))
                .append("\">\n");
    }
}
