package org.mtp.adapter.mapillary.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.slf4j.MDC;

/**
 * One {@link HttpExecutor#sendAll}: keeps at most {@code maxInFlight} of the requests on the wire, starts the next one
 * as soon as a response has been read (before it is parsed), collects the parsed results by index, and on the first
 * failure cancels the rest and waits for the background tasks to stop before throwing that failure. The background
 * tasks log under the caller's log context, so their lines carry the id of the request that started them.
 */
final class OrderedCalls<T> {

    /**
     * Cancelled calls stop within milliseconds; the bound only keeps the caller from hanging on something unforeseen.
     */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final HttpExecutor http;
    private final String operation;
    private final List<Exchange<T>> requests;
    private final int maxInFlight;
    private final CallGroup group = new CallGroup();
    private final List<CompletableFuture<T>> results = new ArrayList<>();
    private final AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
    private final Set<Thread> workers = new HashSet<>();
    /** The caller's log context (null: empty), taken on the caller's thread. */
    private final Map<String, String> callersLogContext = MDC.getCopyOfContextMap();

    private int nextToStart;
    private int running;

    OrderedCalls(HttpExecutor http, String operation, List<Exchange<T>> requests, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        this.http = http;
        this.operation = operation;
        this.requests = List.copyOf(requests);
        this.maxInFlight = maxInFlight;
        for (int i = 0; i < this.requests.size(); i++) {
            results.add(new CompletableFuture<>());
        }
    }

    List<T> run() {
        for (int i = 0; i < Math.min(maxInFlight, requests.size()); i++) {
            startNext();
        }
        List<T> ordered = new ArrayList<>(requests.size());
        try {
            for (CompletableFuture<T> result : results) {
                ordered.add(result.get());
            }
            return ordered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new MapillaryException.Unavailable(operation + ": interrupted while waiting for Mapillary", e));
        } catch (ExecutionException | CancellationException e) {
            // A task failed and recorded why in firstFailure, which fail() sets before it completes any result.
        }
        awaitStopped();
        throw firstFailure.get();
    }

    /** Starts the next request not yet started, unless all are or the group was cancelled. */
    private synchronized void startNext() {
        if (group.cancelled() || nextToStart >= requests.size()) {
            return;
        }
        int index = nextToStart++;
        running++;
        try {
            http.background().execute(() -> inCallersLogContext(() -> call(index)));
        } catch (RejectedExecutionException closed) {
            running--;
            fail(new MapillaryException.Unavailable(operation + ": the Mapillary client is closed", closed));
        }
    }

    /** Runs {@code task} under the caller's log context, and leaves the pool's thread with none for its next task. */
    private void inCallersLogContext(Runnable task) {
        if (callersLogContext != null) {
            MDC.setContextMap(callersLogContext);
        }
        try {
            task.run();
        } finally {
            MDC.clear();
        }
    }

    private void call(int index) {
        enter();
        try {
            Exchange<T> exchange = requests.get(index);
            Response response =
                    http.send(operation, Safety.REPEATABLE, exchange.request().get(), r -> r, group);
            startNext(); // the slot is free: the next request travels while this body is parsed
            results.get(index).complete(exchange.parser().parse(response));
        } catch (RuntimeException e) {
            fail(e);
        } catch (Error e) {
            fail(new MapillaryException.Unavailable(operation + ": " + e, e));
            throw e;
        } finally {
            leave();
        }
    }

    /** Records the first failure, cancels the calls and the waiting tasks, and wakes the caller. */
    private void fail(RuntimeException failure) {
        if (!firstFailure.compareAndSet(null, failure)) {
            return;
        }
        synchronized (this) {
            group.cancel();
            // Wakes tasks sleeping before a retry; calls on the wire were cancelled above.
            workers.forEach(Thread::interrupt);
        }
        results.forEach(result -> result.completeExceptionally(failure));
    }

    private synchronized void enter() {
        workers.add(Thread.currentThread());
    }

    /** Ends a task, clearing under the lock any interrupt from {@link #fail}: the pool's next task never sees it. */
    private synchronized void leave() {
        workers.remove(Thread.currentThread());
        Thread.interrupted();
        running--;
        notifyAll();
    }

    private synchronized void awaitStopped() {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        boolean interrupted = false;
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
