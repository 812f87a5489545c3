package org.mtp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.RawHttp;
import org.mtp.adapter.http.testing.RunningApi;

/** The conventions every route follows, over real HTTP: error bodies, routing, negotiation and body reading. */
class ConventionsHttpTest {

    /** A route that fails unexpectedly, to see a 500 leak nothing. */
    private static final ApiResource FAULTY =
            routes -> routes.get("/test/fault").access(Access.PUBLIC).handle(exchange -> {
                throw new IllegalStateException("secret internal detail");
            });

    /** A failure type the HTTP layer does not know, taught to it by its resource. */
    static final class UpstreamBusy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UpstreamBusy() {
            super("upstream busy", null, false, false);
        }
    }

    private static final ApiResource TRANSLATING = new ApiResource() {
        @Override
        public void register(ApiRoutes routes) {
            routes.get("/test/busy").access(Access.PUBLIC).handle(exchange -> {
                throw new UpstreamBusy();
            });
        }

        @Override
        public void registerErrors(ErrorTranslations translations) {
            translations.translate(
                    UpstreamBusy.class,
                    busy -> ApiException.of(503, "upstream_rate_limited", "try again later")
                            .withHeader("Retry-After", "30"));
        }
    };

    private final RunningApi running = RunningApi.startWith(FAULTY, TRANSLATING);
    private final ApiClient client = running.client;

    @AfterEach
    void stop() {
        running.close();
    }

    private ApiClient.Call signUp() {
        return client.post("/api/v1/users?client_id=uploader");
    }

    @Test
    void anUnknownRouteIsA404ProblemWithErrorRepeatingTheDetail() {
        ApiResponse response = assertProblem(client.get("/api/v1/nothing-here").send(), 404, "not_found");

        assertThat(response.text("error")).isEqualTo("there is no GET /api/v1/nothing-here");
    }

    @Test
    void aWrongMethodIsA405ProblemThatListsTheAllowedMethods() {
        ApiResponse response = assertProblem(client.delete("/api/v1/users").send(), 405, "method_not_allowed");

        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithAReferenceAndNoInternals() {
        ApiResponse response = assertProblem(client.get("/test/fault").send(), 500, "internal_error");

        assertThat(response.body()).doesNotContain("secret internal detail", "IllegalStateException");
        assertThat(response.text("detail")).matches("an unexpected error occurred; reference [0-9a-f]{32}");
    }

    @Test
    void theReferenceOfA500IsTheRequestId() {
        ApiResponse generated = client.get("/test/fault").send();
        ApiResponse offered =
                client.get("/test/fault").header("X-Request-Id", "client-42").send();

        assertThat(generated.text("detail"))
                .endsWith("reference " + generated.header("X-Request-Id").orElseThrow());
        assertThat(offered.text("detail")).endsWith("reference client-42");
        assertThat(offered.header("X-Request-Id")).contains("client-42");
    }

    @Test
    void everyAnswerCarriesTheClientsSaneRequestIdOrANewOne() {
        String tooLong = "x".repeat(65);

        assertThat(client.get("/health/live")
                        .header("X-Request-Id", "abc")
                        .send()
                        .header("X-Request-Id"))
                .contains("abc");
        assertThat(client.get("/api/v1/nothing-here")
                        .header("X-Request-Id", "a-404")
                        .send()
                        .header("X-Request-Id"))
                .contains("a-404");
        for (String refused : List.of(tooLong, "two words", "tab\tbed")) {
            assertThat(client.get("/health/live")
                            .header("X-Request-Id", refused)
                            .send()
                            .header("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        }
        assertThat(client.get("/health/live").send().header("X-Request-Id"))
                .isNotEqualTo(client.get("/health/live").send().header("X-Request-Id"));
    }

    @Test
    void aRequestJettyRefusesBeforeJavalinSeesItStillGetsItsRequestId() {
        RawHttp raw = new RawHttp(running.api.port(), RunningApi.contract());

        ApiResponse refused = raw.send(
                RawHttp.withLength(List.of("GET /api/v1/sequences/%zz HTTP/1.1", "Host: localhost"), new byte[0]));

        assertProblem(refused, 400, "bad_request");
        assertThat(refused.header("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void aResourceTeachesTheCentralMappingItsOwnFailures() {
        ApiResponse response = assertProblem(client.get("/test/busy").send(), 503, "upstream_rate_limited");

        assertThat(response.header("Retry-After")).contains("30");
        assertThat(response.at("title")).isEqualTo("Service unavailable");
    }

    @Test
    void aRequestPathWithBrokenEncodingIsRefusedByJettyAsAProblemToo() {
        ApiResponse response = client.get("/api/v1/%FF").send();

        assertProblem(response, 400, "bad_request");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/*",
                "*/*",
                "text/html;q=0.9, application/json",
                "application/json;q=0.1, text/plain;q=0.5",
                "APPLICATION/JSON"
            })
    void jsonIsChosenWhenTheAcceptHeaderAllowsIt(String accept) {
        ApiResponse response = client.get("/api/v1/transport-types?client_id=uploader")
                .accept(accept)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/html",
                "application/xml",
                "application/json;q=0, */*;q=0",
                "image/*",
                "text/*, application/geo+json"
            })
    void nothingAcceptableIsA406Problem(String accept) {
        assertProblem(
                client.get("/api/v1/transport-types?client_id=uploader")
                        .accept(accept)
                        .send(),
                406,
                "not_acceptable");
    }

    @Test
    void noAcceptHeaderMeansJson() {
        ApiResponse response = client.get("/health/live").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("status")).isEqualTo("up");
    }

    @Test
    void aBodyOverTheLimitIsA413WhetherItsLengthIsDeclaredOrNot() {
        byte[] big = ("{\"username\":\"" + "a".repeat((int) RunningApi.MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(signUp().body(big, "application/json").send(), 413, "payload_too_large");
        assertProblem(signUp().body(big, "application/json").chunked().send(), 413, "payload_too_large");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void aChunkedBodyWithNoDeclaredLengthIsReadWhole_whileABodilessRequestReadsNothing() {
        byte[] body = "{\"username\":\"chunky\",\"email\":\"c@example.org\",\"password\":\"long enough\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(signUp().body(body, "application/json").chunked().send().status())
                .isEqualTo(201);
        assertFieldProblem(signUp().send(), 400, "validation_failed", "username", "email", "password");
        assertThat(running.accounts.users.count()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotUtf8IsA400() {
        byte[] latin1 = "{\"username\":\"J\u00fcrgen\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(signUp().body(latin1, "application/json").send(), 400, "malformed_body");
        assertProblem(
                signUp().form("username=J%FCrgen&email=j%40example.org&password=long+enough")
                        .send(),
                400,
                "malformed_body");
        assertProblem(signUp().body(latin1, "application/x-www-form-urlencoded").send(), 400, "malformed_body");
    }

    @Test
    void aQueryStringThatIsNotUtf8IsA400() {
        assertProblem(client.get("/api/v1/transport-types?client_id=%FF").send(), 400, "malformed_body");
        assertProblem(client.get("/api/v1/transport-types?client_id=%G1").send(), 400, "malformed_body");
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsA400InTheBodyTheQueryOrAcrossBoth() {
        assertFieldProblem(
                signUp().form(ApiClient.form(
                                "username",
                                "alice",
                                "username",
                                "bob",
                                "email",
                                "a@example.org",
                                "password",
                                "long enough"))
                        .send(),
                400,
                "duplicate_parameter",
                "username");
        assertFieldProblem(
                client.get("/api/v1/transport-types?client_id=uploader&client_id=uploader")
                        .send(),
                400,
                "duplicate_parameter",
                "client_id");
        assertFieldProblem(
                signUp().form(ApiClient.form(
                                "client_id",
                                "uploader",
                                "username",
                                "alice",
                                "email",
                                "a@example.org",
                                "password",
                                "long enough"))
                        .send(),
                400,
                "duplicate_parameter",
                "client_id");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void aRepeatedJsonMemberIsA400() {
        assertProblem(
                signUp().json("{\"username\":\"alice\",\"username\":\"bob\",\"email\":\"a@example.org\","
                                + "\"password\":\"long enough\"}")
                        .send(),
                400,
                "malformed_body");
    }

    @Test
    void jsonSentUnderAFormContentTypeIsReadAsJson() {
        byte[] json =
                "{\n  \"username\": \"alice\",\n  \"email\": \"alice@example.org\",\n  \"password\": \"long enough\"\n}"
                        .getBytes(StandardCharsets.UTF_8);

        ApiResponse response =
                signUp().body(json, "application/x-www-form-urlencoded").send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.at("username")).isEqualTo("alice");
    }

    @Test
    void multipartFormDataIsReadLikeAForm() {
        ApiResponse response = signUp().multipart(
                        "username", "alice", "email", "alice@example.org", "password", "long enough \u00e9")
                .send();

        assertThat(response.status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"username\": ", "[1, 2]", "{\"username\": \"alice\"} trailing", "\"just a string\""})
    void malformedOrNonObjectJsonIsA400(String json) {
        assertProblem(signUp().json(json).send(), 400, "malformed_body");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415() {
        assertProblem(
                signUp().body("username=alice".getBytes(StandardCharsets.UTF_8), "text/csv")
                        .send(),
                415,
                "unsupported_media_type");
    }

    @Test
    void aWrongJsonTypeNamesTheField() {
        assertFieldProblem(
                signUp().json("{\"username\": 42, \"email\": \"a@example.org\", \"password\": \"long enough\"}")
                        .send(),
                400,
                "validation_failed",
                "username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5", ""})
    void aLimitOutsideOneToHundredIsA400(String limit) {
        String token = running.token(running.user("alice"));

        assertFieldProblem(
                client.get("/api/v1/me/tokens?limit=" + limit).bearer(token).send(), 400, "validation_failed", "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "e30.AAAA", "W10.", ".", "eyJ4Ijoi"})
    void aForgedOrBrokenCursorIsA400(String cursor) {
        String token = running.token(running.user("alice"));

        assertFieldProblem(
                client.get("/api/v1/me/tokens?cursor=" + cursor).bearer(token).send(), 400, "invalid_cursor", "cursor");
    }

    @Test
    void aListAnswersTheEnvelopeWithANextLinkAndTheCursorWalksEveryItemOnce() {
        var alice = running.user("alice");
        String token = running.token(alice);
        for (int i = 0; i < 4; i++) {
            running.accounts.clock.advance(Duration.ofSeconds(1));
            running.token(alice);
        }

        ApiResponse first =
                client.get("/api/v1/me/tokens?limit=2").bearer(token).send();
        String next = first.text("next");
        ApiResponse second = client.get(next).bearer(token).send();
        ApiResponse third = client.get(second.text("next")).bearer(token).send();

        assertThat(first.header("Link")).contains("<" + next + ">; rel=\"next\"");
        assertThat(next).startsWith("/api/v1/me/tokens?limit=2&cursor=");
        assertThat((List<?>) first.at("items")).hasSize(2);
        assertThat((List<?>) second.at("items")).hasSize(2);
        assertThat((List<?>) third.at("items")).hasSize(1);
        assertThat(third.at("next")).isNull();
        assertThat(third.header("Link")).isEmpty();
        Set<Object> ids = new HashSet<>();
        for (ApiResponse page : List.of(first, second, third)) {
            for (Object item : (List<?>) page.at("items")) {
                ids.add(((Map<?, ?>) item).get("id"));
            }
        }
        assertThat(ids).hasSize(5);
    }

    @Test
    void aCursorOfTheTokenListDoesNotWorkForAnotherUsersPageAfterTampering() {
        var alice = running.user("alice");
        String token = running.token(alice);
        running.accounts.clock.advance(Duration.ofSeconds(1));
        running.token(alice);
        String next =
                client.get("/api/v1/me/tokens?limit=1").bearer(token).send().text("next");
        String cursor = next.substring(next.indexOf("cursor=") + 7);
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        assertProblem(
                client.get("/api/v1/me/tokens?limit=1&cursor=" + tampered)
                        .bearer(token)
                        .send(),
                400,
                "invalid_cursor");
    }

    @Test
    void instantsAreUtcWithMillisecondsAndKeysAreSnakeCase() {
        ApiResponse response = signUp().json(
                        "{\"username\":\"alice\",\"email\":\"alice@example.org\"," + "\"password\":\"long enough\"}")
                .send();

        assertThat(response.json()).containsOnlyKeys("id", "username", "email", "created_at");
        assertThat(response.text("created_at")).isEqualTo("2026-03-01T10:00:00.000Z");
        assertThat(response.text("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void trailingSlashesReachTheSameRoute() {
        assertThat(client.get("/api/v1/transport-types/?client_id=uploader")
                        .send()
                        .status())
                .isEqualTo(200);
    }
}
