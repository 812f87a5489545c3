package org.mtp.adapter.http.sequence;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mtp.domain.sequence.SequenceId;

/**
 * HTTP adapter: the JSON of recently read sequences, each with the revision it was rendered at, within a byte budget,
 * so that reading a sequence again costs one primary-key check instead of two statements and the rendering. It is right
 * with any number of nodes on one database, because an entry is only ever answered after the database has confirmed
 * that its revision is still the sequence's own ({@code GetSequenceRevisionUseCase}). Bodies above a sixteenth of the
 * budget are not kept; when the budget is full, arbitrary entries make room, which keeps reads free of recency
 * bookkeeping.
 */
final class RenderedSequences {

    /** One sequence's JSON as rendered at {@code revision}. */
    record Rendered(long revision, String json) {

        /** What the entry holds on to, roughly: the text at up to two bytes a character and the objects around it. */
        long bytes() {
            return 2L * json.length() + 96;
        }
    }

    private final ConcurrentHashMap<SequenceId, Rendered> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budgetBytes;

    /** @param budgetBytes what the kept bodies may hold at most; 0 keeps none */
    RenderedSequences(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("budgetBytes must not be negative, was " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The entry for {@code id}, or null. */
    Rendered get(SequenceId id) {
        return entries.get(id);
    }

    /** Keeps {@code rendered} for {@code id}, in place of an older one, unless it is too large to be worth its room. */
    void put(SequenceId id, Rendered rendered) {
        if (rendered.bytes() > budgetBytes / 16) {
            return;
        }
        entries.compute(id, (key, old) -> {
            bytes.addAndGet(rendered.bytes() - (old == null ? 0 : old.bytes()));
            return rendered;
        });
        if (bytes.get() > budgetBytes) {
            makeRoom();
        }
    }

    /** What the kept bodies hold now, as {@link Rendered#bytes} counts it. */
    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }

    /** Drops entries until a tenth of the budget is free again. */
    private void makeRoom() {
        long target = budgetBytes - budgetBytes / 10;
        Iterator<SequenceId> keys = entries.keySet().iterator();
        while (bytes.get() > target && keys.hasNext()) {
            entries.computeIfPresent(keys.next(), (key, old) -> {
                bytes.addAndGet(-old.bytes());
                return null;
            });
        }
    }
}
