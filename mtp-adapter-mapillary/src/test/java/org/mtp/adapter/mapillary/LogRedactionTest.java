package org.mtp.adapter.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.domain.time.TimeRange;

/**
 * Tokens and secrets never reach a log line, even at debug level (what the test logging configuration enables): not the
 * user token in the Authorization header, not the access_token Graph puts in next-page links, not the app secret, not a
 * token echoed in an error message.
 */
class LogRedactionTest extends FakeMapillaryTestBase {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureLog() {
        original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(original);
    }

    @Test
    void noSecretReachesTheLog() {
        fake.searchPaging(true).searchCap(2);
        fake.addSequence(Synth.sequence("synthSeqKeyLogged00001", Synth.WALKER, Synth.T0, 5, 1_000, 200000000000001L));
        fake.acceptCode("synth-code-1", Synth.WALKER);
        fake.script(
                "/me",
                FakeJson.graphError(
                        500,
                        1,
                        null,
                        "MLYApiException",
                        "temporary, token was access_token=" + Synth.WALKER_TOKEN.reveal(),
                        true));
        MapillaryClients clients = clients(config().withSearchLimit(2));

        clients.gateway().verifyToken(Synth.WALKER_TOKEN);
        clients.gateway()
                .listSequences(
                        Synth.WALKER_TOKEN,
                        Synth.WALKER,
                        TimeRange.of(Instant.parse("2020-05-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z")));
        clients.authorization().exchangeCode("synth-code-1");

        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("access_token=<redacted>", "Authorization: <redacted>", "retrying");
        assertThat(log)
                .doesNotContain(
                        Synth.WALKER_TOKEN.reveal(), FakeMapillaryServer.APP_SECRET, "synth-code-1", "MLYfakeIssued");
    }
}
