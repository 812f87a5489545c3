package org.mtp.adapter.mapillary.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mtp.adapter.mapillary.MapillaryClients;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.Jitter;

/**
 * Base of tests against the fake server: a fresh server per test with the two synthetic accounts, short timeouts, three
 * attempts with a recording sleeper and no jitter, and a final check that the fake refused nothing.
 */
public abstract class FakeMapillaryTestBase {

    protected FakeMapillaryServer fake;
    protected RecordingSleeper sleeper;
    private MapillaryClients clients;
    private boolean rejectionsExpected;

    @BeforeEach
    void startFake() {
        fake = new FakeMapillaryServer().start();
        fake.addUser(Synth.WALKER, Synth.WALKER_TOKEN);
        fake.addUser(Synth.RIDER, Synth.RIDER_TOKEN);
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stopFake() {
        if (clients != null) {
            clients.close();
        }
        fake.close();
        if (!rejectionsExpected) {
            assertThat(fake.rejections()).as("requests the strict fake refused").isEmpty();
        }
    }

    /** Test settings: every URL on the fake, 3 attempts, 100 ms initial backoff, timeouts of a second or two. */
    protected MapillaryConfig config() {
        return fake.config()
                .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(1))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    protected MapillaryClients clients() {
        return clients(config());
    }

    protected MapillaryClients clients(MapillaryConfig config) {
        if (clients != null) {
            clients.close();
        }
        clients = MapillaryClients.create(config, Synth.CLOCK, sleeper, Jitter.none());
        return clients;
    }

    /** This test provokes refusals on purpose. */
    protected void expectRejections() {
        rejectionsExpected = true;
    }
}
