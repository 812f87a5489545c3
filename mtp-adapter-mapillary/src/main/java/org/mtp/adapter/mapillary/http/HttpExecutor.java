package org.mtp.adapter.mapillary.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.ByteString;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests with the retry rules every Mapillary call shares: transient failures (5xx, 429, rate-limit code 4, I/O
 * errors, timeouts) of repeatable calls are retried with jittered exponential backoff or after the server's
 * {@code Retry-After}, up to the attempt bound; a wait above the configured maximum fails at once as rate limited.
 * Bodies are read inside the attempt, so a connection dropped mid-body is retried like any I/O error. No OkHttp or I/O
 * exception leaves this class except as the cause of a {@link MapillaryException}.
 */
public final class HttpExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(HttpExecutor.class);

    private final OkHttpClient client;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Jitter jitter;
    private final ErrorClassifier classifier;

    public HttpExecutor(
            OkHttpClient client, RetryPolicy policy, Sleeper sleeper, Jitter jitter, ErrorClassifier classifier) {
        this.client = client;
        this.policy = policy;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.classifier = classifier;
    }

    /** Sends {@code request} until it succeeds or may not be retried, then parses the body. */
    public <T> T send(String operation, Safety safety, Request request, BodyParser<T> parser) {
        return send(operation, safety, request, parser, null);
    }

    /**
     * Sends repeatable GETs with at most {@code maxInFlight} of them on the wire at once, each retried like
     * {@link #send}, and returns their parsed results in the order of {@code requests}. Bodies are parsed on the
     * background threads, each as soon as it has arrived. The first failure cancels the other calls (on the wire,
     * waiting to retry, or not started) and is thrown once they have stopped.
     */
    public <T> List<T> sendAll(String operation, List<Exchange<T>> requests, int maxInFlight) {
        if (requests.size() == 1) {
            // Nothing to overlap: spare the hand-over to a background thread.
            Exchange<T> only = requests.get(0);
            return List.of(send(operation, Safety.REPEATABLE, only.request().get(), only.parser()));
        }
        return new OrderedCalls<>(this, operation, requests, maxInFlight).run();
    }

    /** {@link #send}, with the call registered in {@code group} (null: none) so that it can be cancelled. */
    <T> T send(String operation, Safety safety, Request request, BodyParser<T> parser, CallGroup group) {
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(operation, request, attempt, group);
            if (result instanceof Attempt.Success success) {
                return parser.parse(success.response());
            }
            if (group != null && group.cancelled()) {
                throw CallGroup.cancelledFailure(operation);
            }
            awaitRetry(operation, safety, ((Attempt.Failed) result).failure(), attempt);
        }
    }

    /** The pool background calls run on: the HTTP client's dispatcher threads, shut down with the client. */
    ExecutorService background() {
        return client.dispatcher().executorService();
    }

    /** Sends {@code request} once and reads the whole response; never throws for transport trouble. */
    public Attempt attempt(String operation, Request request, int attemptNumber) {
        return attempt(operation, request, attemptNumber, null);
    }

    private Attempt attempt(String operation, Request request, int attemptNumber, CallGroup group) {
        long started = System.nanoTime();
        Call call = group == null ? client.newCall(request) : group.open(client, request, operation);
        try (okhttp3.Response response = call.execute()) {
            ByteString body = response.body().source().readByteString();
            logAttempt(operation, request, attemptNumber, String.valueOf(response.code()), started);
            if (response.isSuccessful()) {
                return new Attempt.Success(new Response(response.code(), response.headers(), body));
            }
            return new Attempt.Failed(classifier.classify(response.code(), response.headers(), body.utf8()));
        } catch (SocketTimeoutException e) {
            logAttempt(operation, request, attemptNumber, "timeout", started);
            return new Attempt.Failed(new Failure(Failure.Kind.TIMEOUT, 0, "timed out: " + safeMessage(e), null, e));
        } catch (InterruptedIOException e) {
            // OkHttp's call timeout surfaces as an InterruptedIOException("timeout").
            logAttempt(operation, request, attemptNumber, "timeout", started);
            return new Attempt.Failed(new Failure(Failure.Kind.TIMEOUT, 0, "timed out: " + safeMessage(e), null, e));
        } catch (IOException e) {
            logAttempt(operation, request, attemptNumber, "I/O error", started);
            return new Attempt.Failed(new Failure(Failure.Kind.IO, 0, "I/O error: " + safeMessage(e), null, e));
        } catch (RuntimeException e) {
            // OkHttp reports some protocol violations (bad status line, bad headers) unchecked; never let them escape.
            logAttempt(operation, request, attemptNumber, "protocol error", started);
            return new Attempt.Failed(new Failure(Failure.Kind.IO, 0, "protocol error: " + safeMessage(e), null, e));
        } finally {
            if (group != null) {
                group.close(call);
            }
        }
    }

    /**
     * Returns after waiting when {@code failure} may be retried after {@code attempt}; otherwise throws the port
     * exception for it. A server-requested wait above the maximum is never slept through.
     */
    public void awaitRetry(String operation, Safety safety, Failure failure, int attempt) {
        if (!failure.kind().isTransient()) {
            throw failure.toException(operation, attempt);
        }
        Duration serverWait = failure.retryAfter();
        if (serverWait != null && serverWait.compareTo(policy.maxRetryAfterWait()) > 0) {
            throw new MapillaryException.RateLimited(
                    operation + ": Mapillary asks to wait " + serverWait + ", more than the allowed "
                            + policy.maxRetryAfterWait() + " (" + failure.message() + ")",
                    serverWait);
        }
        Duration wait = serverWait != null ? serverWait : policy.backoff(attempt, jitter);
        if (safety == Safety.ONCE || attempt >= policy.maxAttempts()) {
            Failure last = failure.kind() == Failure.Kind.RATE_LIMITED && serverWait == null
                    ? new Failure(failure.kind(), failure.status(), failure.message(), wait, failure.cause())
                    : failure;
            throw last.toException(operation, attempt);
        }
        LOG.info(
                "{}: attempt {} of {} failed ({}); retrying in {} ms",
                operation,
                attempt,
                policy.maxAttempts(),
                failure.message(),
                wait.toMillis());
        pause(operation, wait);
    }

    /** Sleeps through {@code wait}; an interrupt ends the call as unavailable and keeps the thread's flag set. */
    public void pause(String operation, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapillaryException.Unavailable(operation + ": interrupted while waiting to retry", e);
        }
    }

    public RetryPolicy policy() {
        return policy;
    }

    private static void logAttempt(String operation, Request request, int attempt, String outcome, long started) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{}: {} {} [{}] attempt {} -> {} in {} ms",
                    operation,
                    request.method(),
                    Redaction.url(request.url()),
                    Redaction.headers(request.headers()),
                    attempt,
                    outcome,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static String safeMessage(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + Redaction.text(e.getMessage()));
    }
}
