package org.mtp.bootstrap.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mtp.bootstrap.reliability.StoredState.StoredSequence;

/**
 * Test support for the crash test: the load generator's log, kept in the test JVM (which is never killed), of every
 * write it sent and whether the service acknowledged it (a 2xx received) or left it unanswered (in flight when the
 * child died). From it, {@link #violations} tells what a restarted service must hold: every acknowledged write, and of
 * an unanswered one either its before or its after, never anything else.
 *
 * <p>Likes and viewpoints are toggles on a subject ({@link #likeSubject}, {@link #viewpointSubject}); each subject is
 * written by one worker only, so its writes are ordered. Sequences are followed by their Mapillary key, from draft or
 * import to deletion.
 */
final class WriteLog {

    /** What became of a write. */
    enum Outcome {
        NONE,
        PENDING,
        ACKED
    }

    /** A like or viewpoint: its state after the last acknowledged write, and a later write still unanswered. */
    private record Toggle(String sequenceId, boolean acked, Boolean pending) {}

    /** The life of one Mapillary sequence in mtp. */
    private record Fate(
            String key,
            String owner,
            Set<String> images,
            String id,
            Outcome draft,
            Outcome imported,
            Outcome deleted,
            boolean seenGone) {

        Fate with(String newId, Outcome newDraft, Outcome newImported, Outcome newDeleted, boolean newSeenGone) {
            return new Fate(key, owner, images, newId, newDraft, newImported, newDeleted, newSeenGone);
        }

        boolean mustBeGone() {
            return deleted == Outcome.ACKED || seenGone;
        }
    }

    private final Map<String, Toggle> toggles = new ConcurrentHashMap<>();
    private final Map<String, Fate> fates = new ConcurrentHashMap<>();
    private final Map<String, String> keyOfId = new ConcurrentHashMap<>();

    static String likeSubject(String username, String sequenceId) {
        return "like " + username + " " + sequenceId;
    }

    static String viewpointSubject(String username, String sequenceId, String imageKey) {
        return "viewpoint " + username + " " + sequenceId + " " + imageKey;
    }

    // ---- toggles ----

    /** The state of {@code subject} as the last acknowledged write left it. */
    boolean state(String subject) {
        Toggle toggle = toggles.get(subject);
        return toggle != null && toggle.acked();
    }

    void sending(String subject, String sequenceId, boolean desired) {
        toggles.merge(
                subject,
                new Toggle(sequenceId, false, desired),
                (old, fresh) -> new Toggle(sequenceId, old.acked(), desired));
    }

    void acknowledged(String subject, boolean desired) {
        toggles.computeIfPresent(subject, (s, old) -> new Toggle(old.sequenceId(), desired, null));
    }

    /** The service refused the write: it did nothing. */
    void toggleRefused(String subject) {
        toggles.computeIfPresent(subject, (s, old) -> new Toggle(old.sequenceId(), old.acked(), null));
    }

    /**
     * The service answered that the toggle's sequence no longer exists: the write did nothing, and the deletion it saw
     * was committed, so it must survive the crash even if its own answer never arrived.
     */
    void targetGone(String subject, String sequenceId) {
        toggleRefused(subject);
        String key = keyOfId.get(sequenceId);
        if (key != null) {
            fates.computeIfPresent(key, (k, f) -> f.with(f.id(), f.draft(), f.imported(), f.deleted(), true));
        }
    }

    // ---- sequences ----

    /** A sequence published before the load, by {@code owner}, with {@code images} (Mapillary's image keys). */
    void published(String key, String owner, Set<String> images, String id) {
        fates.put(key, new Fate(key, owner, Set.copyOf(images), id, Outcome.NONE, Outcome.ACKED, Outcome.NONE, false));
        keyOfId.put(id, key);
    }

    /** About to ask for a one-step import of {@code key}, or for a draft that will carry it. */
    void importing(String key, String owner, Set<String> images, boolean asDraftFirst) {
        fates.put(
                key,
                new Fate(
                        key,
                        owner,
                        Set.copyOf(images),
                        null,
                        asDraftFirst ? Outcome.PENDING : Outcome.NONE,
                        asDraftFirst ? Outcome.NONE : Outcome.PENDING,
                        Outcome.NONE,
                        false));
    }

    void draftCreated(String key, String id) {
        keyOfId.put(id, key);
        fates.computeIfPresent(key, (k, f) -> f.with(id, Outcome.ACKED, f.imported(), f.deleted(), f.seenGone()));
    }

    void attaching(String key) {
        fates.computeIfPresent(key, (k, f) -> f.with(f.id(), f.draft(), Outcome.PENDING, f.deleted(), f.seenGone()));
    }

    void imported(String key, String id) {
        keyOfId.put(id, key);
        fates.computeIfPresent(key, (k, f) -> f.with(id, f.draft(), Outcome.ACKED, f.deleted(), f.seenGone()));
    }

    /** A write on {@code key} was refused with an expected 4xx: it changed nothing and is no longer in flight. */
    void refused(String key) {
        fates.computeIfPresent(
                key,
                (k, f) ->
                        f.with(f.id(), settled(f.draft()), settled(f.imported()), settled(f.deleted()), f.seenGone()));
    }

    private static Outcome settled(Outcome outcome) {
        return outcome == Outcome.PENDING ? Outcome.NONE : outcome;
    }

    void deleting(String id) {
        fates.computeIfPresent(
                keyOfId.get(id), (k, f) -> f.with(f.id(), f.draft(), f.imported(), Outcome.PENDING, f.seenGone()));
    }

    void deleted(String id) {
        fates.computeIfPresent(
                keyOfId.get(id), (k, f) -> f.with(f.id(), f.draft(), f.imported(), Outcome.ACKED, f.seenGone()));
    }

    /** Writes still unanswered: those in flight when the child died. */
    long unanswered() {
        return toggles.values().stream().filter(t -> t.pending() != null).count()
                + fates.values().stream()
                        .filter(f -> f.draft() == Outcome.PENDING
                                || f.imported() == Outcome.PENDING
                                || f.deleted() == Outcome.PENDING)
                        .count();
    }

    /** The published sequences the log expects to be there (after {@link #settle}: those that are). */
    List<CrashLoad.Target> published() {
        return fates.values().stream()
                .filter(f -> f.imported() == Outcome.ACKED && f.deleted() == Outcome.NONE && !f.seenGone())
                .map(f -> new CrashLoad.Target(f.id(), f.owner(), List.copyOf(f.images())))
                .toList();
    }

    // ---- checking ----

    /** Every way {@code stored} breaks the log; empty when the restarted service kept its word. */
    List<String> violations(StoredState stored) {
        List<String> violations = new ArrayList<>();
        for (Fate fate : fates.values()) {
            checkFate(fate, stored, violations);
        }
        for (StoredSequence sequence : stored.sequences()) {
            checkWhole(sequence, stored, violations);
        }
        for (Map.Entry<String, Toggle> entry : toggles.entrySet()) {
            Toggle toggle = entry.getValue();
            if (stored.byId(toggle.sequenceId()) == null) {
                continue;
            }
            boolean actual = stored.holds(entry.getKey());
            if (actual != toggle.acked() && !Objects.equals(actual, toggle.pending())) {
                violations.add(entry.getKey() + ": stored " + actual + ", acknowledged " + toggle.acked()
                        + (toggle.pending() == null ? "" : ", in flight " + toggle.pending()));
            }
        }
        for (String subject : stored.toggles()) {
            if (!toggles.containsKey(subject)) {
                violations.add(subject + ": stored, yet never written");
            }
        }
        return violations;
    }

    private static void checkFate(Fate fate, StoredState stored, List<String> violations) {
        StoredSequence withKey = stored.byKey(fate.key());
        StoredSequence withId = stored.byId(fate.id());
        String name = "sequence " + fate.key() + " (" + fate.id() + ")";
        if (fate.mustBeGone()) {
            if (withKey != null || withId != null) {
                violations.add(
                        name + ": deleted (" + fate.deleted() + ", seen gone " + fate.seenGone() + "), still stored");
            }
            return;
        }
        if (fate.deleted() == Outcome.PENDING && withKey == null && withId == null) {
            return;
        }
        if (fate.imported() == Outcome.ACKED) {
            if (withKey == null || !withKey.id().equals(fate.id()) || !withKey.published()) {
                violations.add(name + ": import acknowledged, stored as " + withKey);
            }
        } else if (fate.draft() == Outcome.ACKED && withId == null) {
            violations.add(name + ": draft acknowledged, not stored");
        } else if (withId != null && withId.published() && !fate.key().equals(withId.key())) {
            violations.add(name + ": stored with another key " + withId);
        }
        if (withKey != null && !withKey.owner().equals(fate.owner())) {
            violations.add(name + ": stored for " + withKey.owner() + ", imported by " + fate.owner());
        }
    }

    /** A stored sequence is whole: a draft has no photo; a published one has exactly Mapillary's, and counts them. */
    private void checkWhole(StoredSequence sequence, StoredState stored, List<String> violations) {
        Set<String> photos = stored.photosOf(sequence.id());
        if (photos.size() != sequence.photoCount()) {
            violations.add("sequence " + sequence + ": " + photos.size() + " photo rows");
        }
        if (!sequence.published()) {
            if (!photos.isEmpty() || sequence.key() != null) {
                violations.add("draft " + sequence + " has a key or photos");
            }
            return;
        }
        Fate fate = fates.get(sequence.key());
        if (fate == null) {
            violations.add("sequence " + sequence + ": stored, yet never imported");
        } else if (!photos.equals(fate.images())) {
            violations.add("sequence " + sequence + ": photos " + photos + ", Mapillary has " + fate.images());
        }
    }

    /**
     * After a check passed: what the restarted service holds becomes the acknowledged state, so that the next round's
     * unanswered writes are judged against it.
     */
    void settle(StoredState stored) {
        toggles.replaceAll((subject, toggle) -> new Toggle(toggle.sequenceId(), stored.holds(subject), null));
        toggles.entrySet().removeIf(entry -> stored.byId(entry.getValue().sequenceId()) == null);
        fates.replaceAll((key, fate) -> {
            StoredSequence withKey = stored.byKey(key);
            StoredSequence withId = stored.byId(fate.id());
            if (withKey != null) {
                keyOfId.put(withKey.id(), key);
                return fate.with(withKey.id(), Outcome.NONE, Outcome.ACKED, Outcome.NONE, false);
            }
            if (withId != null) {
                return fate.with(withId.id(), Outcome.ACKED, Outcome.NONE, Outcome.NONE, false);
            }
            return fate.with(fate.id(), Outcome.NONE, Outcome.NONE, Outcome.ACKED, fate.seenGone());
        });
    }
}
