package org.mtp.adapter.http.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertFieldProblem;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.RawHttp;
import org.mtp.adapter.http.testing.RunningApi;

/**
 * Request bodies over real HTTP as clients send them (forms, multipart forms, JSON; declared or chunked), read by
 * whichever parser the adapter uses: UTF-8 only, duplicates counted across query and body, the size limit, clear 400s.
 */
class BodyReadingHttpTest {

    private static final String BOUNDARY = "------------------------8d2b04e6cf1a7b35";
    private static final String SIGN_UP = "/api/v1/users?client_id=uploader";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;

    @AfterEach
    void stop() {
        running.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    /** One part as curl writes it: the boundary line, its header lines, a blank line, then exactly these bytes. */
    private static byte[] part(String headerLines, byte[] content) {
        return concat(utf8("--" + BOUNDARY + "\r\n" + headerLines + "\r\n\r\n"), content, utf8("\r\n"));
    }

    /** A multipart body of text parts, each value a string or the exact bytes to send. */
    private static byte[] multipart(Object... namesAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            out.writeBytes(part(
                    "Content-Disposition: form-data; name=\"" + namesAndValues[i] + "\"",
                    value instanceof byte[] bytes ? bytes : utf8((String) value)));
        }
        out.writeBytes(utf8("--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] aliceAsMultipart() {
        return multipart("username", "alice", "email", "alice@example.org", "password", "long enough");
    }

    private ApiClient.Call signUp(byte[] body, String contentType) {
        return client.post(SIGN_UP).body(body, contentType);
    }

    private ApiClient.Call signUpMultipart(byte[] body) {
        return signUp(body, "multipart/form-data; boundary=" + BOUNDARY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "username=J%FCrgen&email=j%40example.org&password=long+enough",
                "username=%C3%28&email=j%40example.org&password=long+enough",
                "username=%ED%A0%80&email=j%40example.org&password=long+enough",
                "username=%C0%AF&email=j%40example.org&password=long+enough",
                "username=alice&email=a%40example.org&password=long+enough&%C3",
                "username=alice&email=a%40example.org&password=long+enough&%E2%82"
            })
    void aFormWhoseEscapesAreNotUtf8IsA400_evenABareLastNameCutInsideASequence(String form) {
        assertProblem(client.post(SIGN_UP).form(form).send(), 400, "malformed_body");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void aFormWhoseRawBytesAreNotUtf8IsA400() {
        byte[] latin1 =
                "username=J\u00fcrgen&email=j%40example.org&password=long+enough".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(signUp(latin1, "application/x-www-form-urlencoded").send(), 400, "malformed_body");
    }

    @Test
    void aQueryStringWhoseLastNameIsCutInsideAUtf8SequenceIsA400() {
        assertProblem(
                client.get("/api/v1/transport-types?client_id=uploader&%C3").send(), 400, "malformed_body");
    }

    @Test
    void aMultipartTextPartThatIsNotUtf8IsA400() {
        byte[] body = multipart(
                "username",
                "alice",
                "email",
                "alice@example.org",
                "password",
                "long enough \u00e9".getBytes(StandardCharsets.ISO_8859_1));

        assertProblem(signUpMultipart(body).send(), 400, "malformed_body");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void aMultipartTextPartMustBeUtf8EvenWhenItsPartHeaderNamesAnotherCharset() {
        byte[] body = concat(
                part(
                        "Content-Disposition: form-data; name=\"password\"\r\n"
                                + "Content-Type: text/plain; charset=ISO-8859-1",
                        "long enough \u00e9".getBytes(StandardCharsets.ISO_8859_1)),
                multipart("username", "alice", "email", "alice@example.org"));

        assertProblem(signUpMultipart(body).send(), 400, "malformed_body");
    }

    @Test
    void aMultipartFilePartKeepsItsBytes_soBytesThatAreNotUtf8AreNoErrorThere() {
        byte[] body = concat(
                part(
                        "Content-Disposition: form-data; name=\"avatar\"; filename=\"a.jpg\"\r\n"
                                + "Content-Type: image/jpeg",
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xC3, 0x00}),
                aliceAsMultipart());

        assertThat(signUpMultipart(body).send().status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "multipart/form-data; boundary=\"" + BOUNDARY + "\"",
                "multipart/form-data; BOUNDARY=" + BOUNDARY,
                "Multipart/Form-Data; charset=utf-8; boundary=" + BOUNDARY
            })
    void theBoundaryParameterIsFoundQuotedOrInAnyCase(String contentType) {
        assertThat(signUp(aliceAsMultipart(), contentType).send().status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nalice\r\n",
                "--" + BOUNDARY + "\r\nContent-Disposition: attachment; name=\"username\"\r\n\r\nalice\r\n--" + BOUNDARY
                        + "--\r\n",
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nalice\r\n--" + BOUNDARY + "--\r\n",
                "--" + BOUNDARY + "\r\n\r\nalice\r\n--" + BOUNDARY + "--\r\n",
                "--" + BOUNDARY + "junk\r\n",
                "no boundary here at all"
            })
    void aMalformedMultipartBodyIsA400(String body) {
        assertProblem(signUpMultipart(utf8(body)).send(), 400, "malformed_body");
    }

    @Test
    void aMultipartContentTypeWithoutABoundaryIsA400() {
        assertProblem(signUp(aliceAsMultipart(), "multipart/form-data").send(), 400, "malformed_body");
    }

    @Test
    void aNameGivenInTheQueryAndAgainInAnyKindOfBodyIsADuplicate() {
        String query = "/api/v1/users?client_id=uploader";
        byte[] form = utf8(ApiClient.form(
                "client_id", "uploader", "username", "alice", "email", "a@example.org", "password", "long enough"));
        byte[] multipart = multipart(
                "client_id", "uploader", "username", "alice", "email", "a@example.org", "password", "long enough");
        byte[] json = utf8("{\"client_id\":\"uploader\",\"username\":\"alice\",\"email\":\"a@example.org\","
                + "\"password\":\"long enough\"}");

        assertFieldProblem(
                client.post(query)
                        .body(form, "application/x-www-form-urlencoded")
                        .send(),
                400,
                "duplicate_parameter",
                "client_id");
        assertFieldProblem(
                client.post(query)
                        .body(multipart, "multipart/form-data; boundary=" + BOUNDARY)
                        .send(),
                400,
                "duplicate_parameter",
                "client_id");
        assertFieldProblem(
                client.post(query).body(json, "application/json").send(), 400, "duplicate_parameter", "client_id");
        assertFieldProblem(
                client.post(query)
                        .body(json, "application/x-www-form-urlencoded")
                        .send(),
                400,
                "duplicate_parameter",
                "client_id");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void aNameGivenTwiceInAMultipartBodyIsADuplicate() {
        byte[] body =
                multipart("username", "alice", "username", "bob", "email", "a@example.org", "password", "long enough");

        assertFieldProblem(signUpMultipart(body).send(), 400, "duplicate_parameter", "username");
    }

    @Test
    void aFormOrMultipartBodyOverTheLimitIsA413WhetherItsLengthIsDeclaredOrChunked() {
        String big = "a".repeat((int) RunningApi.MAX_BODY_BYTES);
        byte[] form = utf8(ApiClient.form("username", big, "email", "a@example.org", "password", "long enough"));
        byte[] multipart = multipart("username", big, "email", "a@example.org", "password", "long enough");

        assertProblem(signUp(form, "application/x-www-form-urlencoded").send(), 413, "payload_too_large");
        assertProblem(
                signUp(form, "application/x-www-form-urlencoded").chunked().send(), 413, "payload_too_large");
        assertProblem(signUpMultipart(multipart).send(), 413, "payload_too_large");
        assertProblem(signUpMultipart(multipart).chunked().send(), 413, "payload_too_large");
        assertThat(running.accounts.users.count()).isZero();
    }

    @Test
    void chunkedFormAndMultipartBodiesUnderTheLimitAreReadWhole() {
        byte[] form = utf8(ApiClient.form("username", "alice", "email", "a@example.org", "password", "long enough"));
        byte[] multipart = multipart("username", "bob", "email", "b@example.org", "password", "long enough");

        assertThat(signUp(form, "application/x-www-form-urlencoded")
                        .chunked()
                        .send()
                        .status())
                .isEqualTo(201);
        assertThat(signUpMultipart(multipart).chunked().send().status()).isEqualTo(201);
        assertThat(running.accounts.users.count()).isEqualTo(2);
    }

    @Test
    void aChunkedBodyWhoseChunksAreBrokenIsA400() {
        String request = "POST " + SIGN_UP + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"use\r\nzz\r\nrname\r\n0\r\n\r\n";

        assertProblem(
                new RawHttp(running.api.port(), RunningApi.contract()).send(utf8(request)), 400, "malformed_body");
    }
}
