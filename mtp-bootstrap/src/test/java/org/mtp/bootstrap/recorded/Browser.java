package org.mtp.bootstrap.recorded;

import static org.mtp.bootstrap.recorded.Request.get;
import static org.mtp.bootstrap.recorded.Request.post;

import org.mtp.adapter.http.testing.AuthorizeFlow;
import org.mtp.bootstrap.testing.Accounts;

/**
 * Test helper: a person's browser on the sign-in page during the recorded run, every step recorded, the page's cookie
 * and hidden fields posted back; what it reads from redirects it reads leniently, like {@link Exchange#text}.
 */
final class Browser {

    static final String ACCEPT = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String UPLOADER = Accounts.UPLOADER;
    static final String PASSWORD = Accounts.PASSWORD;

    private final Recorder rec;

    Browser(Recorder rec) {
        this.rec = rec;
    }

    /** The sign-up through the uploader client, as the tests of accounts send it. */
    static Request signUp(String username) {
        return post("/api/v1/users?client_id=" + UPLOADER)
                .form("username", username, "email", username + "@example.org", "password", PASSWORD);
    }

    /** Signs {@code username} up and in for the uploader; returns the access token of the implicit grant. */
    String signUpAndSignIn(String username) {
        rec.send(username + " signs up", signUp(username));
        return signIn(username, username + " signs in and approves");
    }

    String signIn(String username, String title) {
        return accessToken(submit(
                title,
                open(username + " opens the sign-in page", "client_id=" + UPLOADER + "&response_type=token"),
                approval(username)));
    }

    /** The fields a person fills in to sign in and approve. */
    static String[] approval(String username) {
        return new String[] {"username", username, "password", PASSWORD, "approve", "true"};
    }

    SignInPage open(String title, String query) {
        return SignInPage.of(rec.send(title, get("/api/v1/authorize?" + query).header(ACCEPT)));
    }

    /** The page's form posted back with its cookie, its hidden fields and {@code namesAndValues}. */
    Exchange submit(String title, SignInPage page, String... namesAndValues) {
        return rec.send(
                title,
                post("/api/v1/authorize")
                        .header(ACCEPT)
                        .header("Cookie: mtp_authorize=" + page.nonce())
                        .form(page.with(namesAndValues)));
    }

    static String accessToken(Exchange approved) {
        return redirectParameter(approved.header("Location"), '#', "access_token");
    }

    /** One parameter after {@code separator} ('#' or '?') of a redirect, or {@link Exchange#MISSING}. */
    static String redirectParameter(String location, char separator, String name) {
        try {
            return AuthorizeFlow.redirectParameters(location, separator).getOrDefault(name, Exchange.MISSING);
        } catch (RuntimeException notARedirect) {
            return Exchange.MISSING;
        }
    }
}
