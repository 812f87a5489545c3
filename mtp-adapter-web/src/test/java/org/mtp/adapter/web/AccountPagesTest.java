package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.web.testing.Browserless.form;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.domain.user.User;

/** Route tests of sign-in, sign-up, sign-out and the account page on the in-memory application. */
class AccountPagesTest {

    private final WebWorld world = new WebWorld();
    private final Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    /** The pre-session cookie and the token of a sign-in or sign-up form. */
    private record FormStart(String cookie, String csrf) {}

    private FormStart open(String path) {
        HttpResponse<String> page = browser.get(path);
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mtp_form="))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
        return new FormStart(cookie, Browserless.csrfOf(page.body()));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mtp_session="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void signingInStartsAnHttpOnlyLaxSessionAndGoesBackToASameSitePathOnly() {
        world.person("alice");
        FormStart start = open("/sign-in?return_to=/users/alice");
        String password = InMemoryAccounts.passwordOf("alice");

        HttpResponse<String> signedIn = browser.post(
                "/sign-in",
                form("csrf", start.csrf(), "login", "alice", "password", password, "return_to", "/users/alice"),
                "Cookie",
                start.cookie());
        HttpResponse<String> offSite = browser.post(
                "/sign-in",
                form("csrf", start.csrf(), "login", "alice", "password", password, "return_to", "//evil.example/x"),
                "Cookie",
                start.cookie());

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/users/alice");
        assertThat(signedIn.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(sessionCookie(signedIn))
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/")
                .doesNotContain("Secure");
        assertThat(offSite.headers().firstValue("Location")).contains("/");
        assertThat(browser.get("/sign-in?return_to=https://evil.example/").body())
                .contains("name=\"return_to\" value=\"/\"");
    }

    @Test
    void wrongCredentialsAnswer422WithTheLoginKeptAndAMissingTokenIs403() {
        world.person("alice");
        FormStart start = open("/sign-in");

        HttpResponse<String> wrong = browser.post(
                "/sign-in",
                form("csrf", start.csrf(), "login", "<b>alice</b>", "password", "not-the-password"),
                "Cookie",
                start.cookie());
        HttpResponse<String> empty = browser.post(
                "/sign-in", form("csrf", start.csrf(), "login", "", "password", ""), "Cookie", start.cookie());
        HttpResponse<String> noToken =
                browser.post("/sign-in", form("login", "alice", "password", "x"), "Cookie", start.cookie());
        HttpResponse<String> noCookie =
                browser.post("/sign-in", form("csrf", start.csrf(), "login", "alice", "password", "x"));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body())
                .contains("The username, email or password is not right.")
                .contains("value=\"&lt;b>alice&lt;/b>\"")
                .doesNotContain("not-the-password");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"login-error\"").contains("aria-invalid=\"true\"");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noCookie.statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInLimitAnswers429WithRetryAfter() {
        world.person("alice");
        FormStart start = open("/sign-in");
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = browser.post(
                    "/sign-in",
                    form("csrf", start.csrf(), "login", "alice", "password", "wrong-password-" + i),
                    "Cookie",
                    start.cookie());
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(last.body()).contains("Too many sign-in attempts");
    }

    @Test
    void signingUpKeepsWhatWasTypedNextToEachErrorAndThenSignsIn() {
        world.person("taken");
        FormStart start = open("/sign-up");

        HttpResponse<String> refused = browser.post(
                "/sign-up",
                form("csrf", start.csrf(), "username", "taken", "email", "not-an-email", "password", "short"),
                "Cookie",
                start.cookie());
        HttpResponse<String> created = browser.post(
                "/sign-up",
                form(
                        "csrf",
                        start.csrf(),
                        "username",
                        "newbie",
                        "email",
                        "newbie@example.org",
                        "password",
                        "a long enough password"),
                "Cookie",
                start.cookie());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"email-error\"")
                .contains("id=\"password-error\"")
                .contains("value=\"not-an-email\"")
                .doesNotContain("value=\"short\"");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).contains("/users/newbie");
        assertThat(sessionCookie(created)).contains("HttpOnly");
    }

    @Test
    void theAccountPageNeedsASessionListsTokensAndIsNeverCached() {
        User alice = world.person("alice");
        String session = "mtp_session=" + world.sessionOf(alice);
        world.appTokenOf(alice);

        HttpResponse<String> anonymous = browser.get("/account");
        HttpResponse<String> appToken = browser.get("/account", "Cookie", "mtp_session=" + world.appTokenOf(alice));
        HttpResponse<String> page = browser.get("/account", "Cookie", session);

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/sign-in?return_to=%2Faccount");
        assertThat(appToken.statusCode())
                .as("an app's token is no browser session")
                .isEqualTo(303);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(page.body())
                .contains("Browser session")
                .contains("(this browser)")
                .contains("mtp-web-test")
                .contains("No Mapillary account is connected.");
    }

    @Test
    void revokingAnotherSessionEndsItAndSigningOutEndsThisOne() {
        User alice = world.person("alice");
        String mine = "mtp_session=" + world.sessionOf(alice);
        String other = "mtp_session=" + world.sessionOf(alice);
        String page = browser.get("/account", "Cookie", mine).body();
        String token = Browserless.csrfOf(page);
        String otherUrl = Arrays.stream(page.split("<tr>"))
                .filter(row -> row.contains("/revoke\"") && !row.contains("(this browser)"))
                .map(row -> row.replaceAll("(?s).*action=\"([^\"]+/revoke)\".*", "$1"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> revoked = browser.post(otherUrl, form("csrf", token), "Cookie", mine);
        HttpResponse<String> signedOut = browser.post("/sign-out", form("csrf", token), "Cookie", mine);

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(browser.get("/account", "Cookie", other).statusCode()).isEqualTo(303);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(sessionCookie(signedOut)).startsWith("mtp_session=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(browser.get("/account", "Cookie", mine).statusCode()).isEqualTo(303);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndKeepsThisSession() {
        User alice = world.person("alice");
        String mine = "mtp_session=" + world.sessionOf(alice);
        String token =
                Browserless.csrfOf(browser.get("/account", "Cookie", mine).body());

        HttpResponse<String> wrong = browser.post(
                "/account/password",
                form("csrf", token, "current_password", "nope-nope-nope", "new_password", "a brand new password"),
                "Cookie",
                mine);
        HttpResponse<String> changed = browser.post(
                "/account/password",
                form(
                        "csrf",
                        token,
                        "current_password",
                        InMemoryAccounts.passwordOf("alice"),
                        "new_password",
                        "a brand new password"),
                "Cookie",
                mine);

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"current_password-error\"");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(browser.get("/account?done=changed", "Cookie", mine).body()).contains("Your password was changed");
    }
}
