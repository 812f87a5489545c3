package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.adapter.mapillary.fake.FakeMapillaryServer.multiGetOf;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.MapillaryClients;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.mapillary.http.Jitter;
import org.mtp.adapter.mapillary.http.Sleeper;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;

/**
 * Several multi-gets of one import in flight: results assembled in id order whatever order the answers come in, the
 * first failure cancelling the rest as the same typed error, retries bounded per batch, and the same sequence and
 * request count whether one or four batches travel at once.
 */
class GraphGatewayBatchesInFlightTest extends FakeMapillaryTestBase {

    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("synthSeqKey00000000001");
    private static final long FIRST_ID = 200000000000001L;
    /** Longer than any test may take: a held call that is not cancelled would show as a slow test. */
    private static final Duration LONG = Duration.ofSeconds(30);

    /**
     * These tests are about ordering, cancelling and retrying, never about timeouts: a loaded machine that answers a
     * request in more than the base class's 2 s must not turn an expected 503 into a timeout.
     */
    private MapillaryClients patientClients() {
        return clients(config().withTimeouts(LONG, LONG, LONG));
    }

    private static String id(int index) {
        return Long.toString(FIRST_ID + index);
    }

    private void seed(int images) {
        fake.addSequence(Synth.sequence(KEY.value(), Synth.WALKER, Synth.T0, images, 1_000, FIRST_ID));
    }

    private static List<String> keys(MapillarySequence sequence) {
        return sequence.photos().stream().map(p -> p.key().value()).toList();
    }

    @Test
    void batchesAnsweredOutOfOrder_areAssembledInIdOrder() {
        seed(500);
        // The first batch is answered only after three later ones.
        fake.holdUntilOthersAnswered(multiGetOf(id(0)), 3, LONG);

        MapillarySequence sequence = patientClients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        List<RecordedRequest> multiGets = fake.answered().stream()
                .filter(r -> r.getUrl().encodedPath().equals("/"))
                .toList();
        assertThat(multiGets).hasSize(10);
        assertThat(multiGets.subList(0, 3)).noneMatch(multiGetOf(id(0)));
        assertThat(keys(sequence))
                .containsExactlyElementsOf(
                        LongStream.range(0, 500).mapToObj(i -> id((int) i)).toList());
        assertThat(sequence.photos()).extracting(Photo::capturedAt).isSorted();
    }

    @Test
    void aFailingBatch_cancelsTheBatchesInFlight_andIsTheTypedError() {
        seed(500);
        fake.holdUntilOthersAnswered(multiGetOf(id(0)), 1_000, LONG);
        fake.holdUntilOthersAnswered(multiGetOf(id(50)), 1_000, LONG);
        fake.holdUntilOthersAnswered(multiGetOf(id(150)), 1_000, LONG);
        fake.script(multiGetOf(id(100)), FakeJson.invalidToken(), 1);
        MapillaryClients clients = clients(config().withTimeouts(LONG, LONG, LONG));
        long started = System.nanoTime();

        assertThatThrownBy(() -> clients.gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.InvalidToken.class)
                .hasMessageContaining("v4 multi-get");

        // The three held calls were cancelled, not waited for, and no later batch was started.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG.dividedBy(3));
        assertThat(fake.requests().stream().filter(multiGetOf(id(100)))).hasSize(1);
        assertThat(fake.requests().stream().filter(r -> r.getUrl().encodedPath().equals("/")))
                .hasSizeLessThanOrEqualTo(4)
                .noneMatch(multiGetOf(id(200)));
    }

    @Test
    void aBatchWaitingToRetry_isWokenWhenAnotherBatchFails() {
        seed(200);
        CountDownLatch backingOff = new CountDownLatch(1);
        List<Duration> interruptedSleeps = new CopyOnWriteArrayList<>();
        Sleeper sleeper = wait -> {
            backingOff.countDown();
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                interruptedSleeps.add(wait);
                throw e;
            }
        };
        fake.script(multiGetOf(id(0)), FakeJson.graphError(503, 2, null, "MLYApiException", "busy", true), 1);
        fake.holdUntil(multiGetOf(id(50)), backingOff, LONG);
        fake.script(multiGetOf(id(50)), FakeJson.invalidToken(), 1);
        fake.holdUntilOthersAnswered(multiGetOf(id(100)), 1_000, LONG);
        fake.holdUntilOthersAnswered(multiGetOf(id(150)), 1_000, LONG);
        MapillaryConfig config = config().withRetries(3, LONG, LONG).withTimeouts(LONG, LONG, LONG);
        long started = System.nanoTime();

        try (MapillaryClients clients = MapillaryClients.create(config, Synth.CLOCK, sleeper, Jitter.none())) {
            assertThatThrownBy(() -> clients.gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                    .isInstanceOf(MapillaryException.InvalidToken.class);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG.dividedBy(3));
        assertThat(interruptedSleeps).hasSize(1);
        assertThat(fake.requests().stream().filter(multiGetOf(id(0)))).hasSize(1);
    }

    @Test
    void retriesStayBoundedPerBatch_andTheLastFailureIsTyped() {
        seed(500);
        fake.script(multiGetOf(id(100)), FakeJson.graphError(503, 2, null, "MLYApiException", "busy", true), 10);

        assertThatThrownBy(() -> patientClients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY))
                .isInstanceOf(MapillaryException.Unavailable.class)
                .hasMessageContaining("v4 multi-get");

        assertThat(fake.requests().stream().filter(multiGetOf(id(100)))).hasSize(3);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(fake.requests().stream().filter(multiGetOf(id(0)))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aBatchRetriedOnce_stillLandsInItsPlace() {
        seed(500);
        fake.script(multiGetOf(id(0)), FakeJson.graphError(503, 2, null, "MLYApiException", "busy", true), 1);

        MapillarySequence sequence = patientClients().gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);

        assertThat(keys(sequence))
                .containsExactlyElementsOf(
                        LongStream.range(0, 500).mapToObj(i -> id((int) i)).toList());
        assertThat(fake.requests().stream().filter(multiGetOf(id(0)))).hasSize(2);
    }

    @Test
    void aFiveThousandImageSequence_isTheSameWithOneOrFourBatchesInFlight_inTheSameNumberOfRequests() {
        seed(5_000);

        MapillarySequence four = importCounting(config().withImageBatchesInFlight(4), 1 + 1 + 100);
        MapillarySequence one = importCounting(config().withImageBatchesInFlight(1), 1 + 1 + 100);

        assertThat(four).isEqualTo(one);
        assertThat(four.photos()).hasSize(5_000);
        assertThat(keys(four))
                .containsExactlyElementsOf(
                        LongStream.range(0, 5_000).mapToObj(i -> id((int) i)).toList());
    }

    private MapillarySequence importCounting(MapillaryConfig config, int expectedRequests) {
        int before = fake.requestCount();
        MapillaryClients clients = clients(config);
        clients.gateway().verifyToken(Synth.WALKER_TOKEN);
        MapillarySequence sequence = clients.gateway().fetchSequence(Synth.WALKER_TOKEN, KEY);
        assertThat(fake.requestCount() - before).isEqualTo(expectedRequests);
        return sequence;
    }
}
