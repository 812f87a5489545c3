package org.mtp.adapter.persistence.read.challenge;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mtp.domain.challenge.ChallengeCandidate;

/**
 * Persistence adapter: decodes candidate rows and hands them to the sink on a thread of its own while the caller keeps
 * streaming rows from the database, so that reading the packed tracks (about 110 ms for a tenth of the benchmark data
 * on PostgreSQL) and decoding and scoring them (about 150 ms) overlap instead of adding up. The sink runs on that one
 * thread, one candidate at a time; the caller sees its effects after {@link #finish()}.
 */
final class DecodingPipeline implements AutoCloseable {

    private static final int CAPACITY = 256;
    private static final long POLL_MS = 50;
    private static final CandidateRow END = new CandidateRow(null, null, null, null, null);

    private final BlockingQueue<CandidateRow> rows = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean closed;

    private DecodingPipeline(Consumer<ChallengeCandidate> sink) {
        this.worker = new Thread(() -> drain(sink), "mtp-challenge-decoder");
        this.worker.setDaemon(true);
    }

    /** Starts the decoding thread. */
    static DecodingPipeline start(Consumer<ChallengeCandidate> sink) {
        DecodingPipeline pipeline = new DecodingPipeline(sink);
        pipeline.worker.start();
        return pipeline;
    }

    /** Queues one row; throws the decoder's failure as soon as there is one, so that the caller stops reading. */
    void put(CandidateRow row) {
        if (closed) {
            throw new IllegalStateException("the challenge candidate pipeline is closed");
        }
        try {
            while (!rows.offer(row, POLL_MS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading challenge candidates", e);
        }
        rethrowFailure();
    }

    /** Waits until every queued row went through the sink; throws the decoder's failure if there was one. */
    void finish() {
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring challenge candidates", e);
        }
        rethrowFailure();
    }

    /** Stops the decoder if the caller gave up early (a failed read); a no-op after {@link #finish()}. */
    @Override
    public void close() {
        closed = true;
        if (worker.isAlive()) {
            worker.interrupt();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain(Consumer<ChallengeCandidate> sink) {
        try {
            for (CandidateRow row = rows.take(); row != END; row = rows.take()) {
                sink.accept(row.decode());
            }
        } catch (InterruptedException e) {
            // The caller gave up (close without finish): nothing more to do.
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }
}
