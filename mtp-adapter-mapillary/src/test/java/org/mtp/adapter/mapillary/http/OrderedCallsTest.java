package org.mtp.adapter.mapillary.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.mapillary.fake.NoDelayServerSockets;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.slf4j.MDC;

/**
 * {@link HttpExecutor#sendAll} on its own: never more calls on the wire than allowed, results in request order, and
 * after a failure no call of the group still running when the caller gets the error.
 */
class OrderedCallsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    /** Opens when the first {@code limit} requests are in the server together. */
    private CountDownLatch firstRound;

    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int now = inside.incrementAndGet();
                mostInside.accumulateAndGet(now, Math::max);
                try {
                    String path = request.getUrl().encodedPath();
                    if (path.equals("/fail")) {
                        return new MockResponse.Builder().code(401).body("{}").build();
                    }
                    if (path.equals("/hang")) {
                        return new MockResponse.Builder()
                                .body("late")
                                .headersDelay(LONG.toMillis(), TimeUnit.MILLISECONDS)
                                .build();
                    }
                    firstRound.countDown();
                    firstRound.await(LONG.toMillis(), TimeUnit.MILLISECONDS);
                    return new MockResponse.Builder().body(path.substring(1)).build();
                } finally {
                    inside.decrementAndGet();
                }
            }
        });
        server.start(0);
        client = new OkHttpClient.Builder().readTimeout(LONG).callTimeout(LONG).build();
    }

    @AfterEach
    void stop() {
        client.dispatcher().executorService().shutdownNow();
        client.connectionPool().evictAll();
        server.close();
    }

    private HttpExecutor http() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1));
        return new HttpExecutor(
                client,
                policy,
                wait -> {},
                Jitter.none(),
                new ErrorClassifier(new Moshi.Builder().build(), Synth.CLOCK));
    }

    private List<Exchange<String>> exchanges(String... paths) {
        return exchanges(r -> r.body().utf8(), paths);
    }

    private List<Exchange<String>> exchanges(BodyParser<String> parser, String... paths) {
        List<Exchange<String>> exchanges = new ArrayList<>();
        for (String path : paths) {
            Request request = new Request.Builder().url(server.url("/" + path)).build();
            exchanges.add(new Exchange<>(() -> request, parser));
        }
        return exchanges;
    }

    @Test
    void neverMoreCallsOnTheWireThanAllowed_andResultsInRequestOrder() {
        firstRound = new CountDownLatch(3);

        List<String> results = http().sendAll("test", exchanges("a", "b", "c", "d", "e", "f", "g", "h"), 3);

        assertThat(results).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(mostInside.get()).isEqualTo(3);
    }

    @Test
    void backgroundCallsRunInTheCallersLogContext_andLeaveThePoolThreadsWithoutIt() throws Exception {
        firstRound = new CountDownLatch(0);
        Set<String> seenOnTheBackgroundThreads = ConcurrentHashMap.newKeySet();
        List<Exchange<String>> exchanges = exchanges(
                r -> {
                    seenOnTheBackgroundThreads.add(String.valueOf(MDC.get("request_id")));
                    return r.body().utf8();
                },
                "a",
                "b",
                "c",
                "d");

        MDC.put("request_id", "caller-7");
        try {
            assertThat(http().sendAll("test", exchanges, 2)).containsExactly("a", "b", "c", "d");
        } finally {
            MDC.remove("request_id");
        }

        assertThat(seenOnTheBackgroundThreads).containsExactly("caller-7");
        Future<String> nextTask = client.dispatcher().executorService().submit(() -> MDC.get("request_id"));
        assertThat(nextTask.get(LONG.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void oneAtATime_whenOneIsAllowed() {
        firstRound = new CountDownLatch(1);

        assertThat(http().sendAll("test", exchanges("a", "b", "c", "d"), 1)).containsExactly("a", "b", "c", "d");
        assertThat(mostInside.get()).isEqualTo(1);
    }

    @Test
    void afterAFailure_noCallOfTheGroupIsStillRunning() {
        firstRound = new CountDownLatch(0);
        long started = System.nanoTime();

        assertThatThrownBy(() -> http().sendAll("test", exchanges("hang", "hang", "fail", "hang", "a", "b"), 4))
                .isInstanceOf(MapillaryException.InvalidToken.class);

        assertThat(client.dispatcher().runningCallsCount()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG.dividedBy(3));
        // The fifth and sixth were never started; the fourth may have been cancelled before it reached the server.
        assertThat(server.getRequestCount()).isLessThanOrEqualTo(4);
    }

    @Test
    void aParserFailure_isTheError_andStopsTheOthers() {
        firstRound = new CountDownLatch(0);
        List<Exchange<String>> exchanges = new ArrayList<>(exchanges("hang", "hang"));
        Request bad = new Request.Builder().url(server.url("/bad")).build();
        exchanges.add(new Exchange<>(() -> bad, r -> {
            throw new MapillaryException.MalformedResponse("test: not the documented JSON", null);
        }));

        assertThatThrownBy(() -> http().sendAll("test", exchanges, 4))
                .isInstanceOf(MapillaryException.MalformedResponse.class);
        assertThat(client.dispatcher().runningCallsCount()).isZero();
    }

    @Test
    void aClosedClient_isUnavailable_notAnExecutorException() {
        firstRound = new CountDownLatch(0);
        client.dispatcher().executorService().shutdown();

        assertThatThrownBy(() -> http().sendAll("test", exchanges("a", "b"), 2))
                .isInstanceOf(MapillaryException.Unavailable.class)
                .hasMessageContaining("closed");
    }
}
