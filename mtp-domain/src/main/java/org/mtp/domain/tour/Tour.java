package org.mtp.domain.tour;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceFigures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * Aggregate for a tour: an owner's ordered list of their own published sequences, without duplicates. Only the owner
 * changes it; a reorder must be a permutation of the current list.
 */
public final class Tour {

    private final TourId id;
    private final UserId owner;
    private final Instant createdAt;
    private TourDetails details;
    private final List<SequenceId> sequences;
    private Instant updatedAt;

    private Tour(
            TourId id,
            UserId owner,
            TourDetails details,
            List<SequenceId> sequences,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Require.notNull("id", id);
        this.owner = Require.notNull("owner", owner);
        this.details = Require.notNull("details", details);
        this.createdAt = Timestamps.normalize(Require.notNull("created_at", createdAt));
        this.updatedAt = Timestamps.normalize(updatedAt == null ? createdAt : updatedAt);
        this.sequences = new ArrayList<>(requireDistinct(Require.notNull("sequences", sequences)));
    }

    public static Tour create(TourId id, UserId owner, TourDetails details, Instant at) {
        return new Tour(id, owner, details, List.of(), at, at);
    }

    public static Tour reconstitute(
            TourId id,
            UserId owner,
            TourDetails details,
            List<SequenceId> sequences,
            Instant createdAt,
            Instant updatedAt) {
        return new Tour(id, owner, details, sequences, createdAt, updatedAt);
    }

    public void requireOwner(UserId actor) {
        if (!owner.equals(actor)) {
            throw new NotOwnerException("tour");
        }
    }

    public void edit(UserId actor, TourDetails newDetails, Instant at) {
        requireOwner(actor);
        details = Require.notNull("details", newDetails);
        touch(at);
    }

    /** Appends a sequence at the end. */
    public void add(UserId actor, Sequence sequence, Instant at) {
        requireOwner(actor);
        requireEligible(sequence);
        if (sequences.contains(sequence.id())) {
            throw new TourFailures.AlreadyInTour(sequence.id());
        }
        requireRoomFor(sequences.size() + 1);
        sequences.add(sequence.id());
        touch(at);
    }

    public void remove(UserId actor, SequenceId sequence, Instant at) {
        requireOwner(actor);
        if (!sequences.remove(sequence)) {
            throw new TourFailures.NotInTour(sequence);
        }
        touch(at);
    }

    /** Puts the current sequences in a new order; {@code order} must name each of them exactly once. */
    public void reorder(UserId actor, List<SequenceId> order, Instant at) {
        requireOwner(actor);
        Require.notNull("sequences", order);
        // Equal sizes and equal sets leave no room for a duplicate; HashSet (unlike Set.copyOf) lets a null id fail
        // here.
        if (order.size() != sequences.size() || !new HashSet<>(order).equals(new HashSet<>(sequences))) {
            throw new TourFailures.NotAPermutation();
        }
        sequences.clear();
        sequences.addAll(order);
        touch(at);
    }

    /** Replaces the whole ordered list at once: additions, removals and order together. */
    public void replace(UserId actor, List<Sequence> ordered, Instant at) {
        requireOwner(actor);
        Require.notNull("sequences", ordered);
        requireRoomFor(ordered.size());
        List<SequenceId> ids = new ArrayList<>(ordered.size());
        for (Sequence s : ordered) {
            requireEligible(s);
            ids.add(s.id());
        }
        requireDistinct(ids);
        sequences.clear();
        sequences.addAll(ids);
        touch(at);
    }

    /** Drops a deleted sequence from the list; no owner check, since deletion was already authorised. */
    public boolean forget(SequenceId sequence) {
        return sequences.remove(sequence);
    }

    /** Total photos and distance of the tour's sequences, looked up in {@code byId}. */
    public TourTotals totals(Map<SequenceId, ? extends SequenceFigures> byId) {
        long photos = 0;
        Distance distance = Distance.ZERO;
        for (SequenceId sid : sequences) {
            SequenceFigures s = byId.get(sid);
            if (s != null) {
                photos += s.photoCount();
                distance = distance.plus(s.distance());
            }
        }
        return new TourTotals(photos, distance);
    }

    public void requireLikeableBy(UserId liker) {
        if (owner.equals(liker)) {
            throw new SequenceFailures.OwnItem("like");
        }
    }

    private void requireEligible(Sequence s) {
        Require.notNull("sequences", s);
        if (!s.owner().equals(owner)) {
            throw new TourFailures.NotEligible(s.id(), "it belongs to another user");
        }
        if (!s.isPublished()) {
            throw new TourFailures.NotEligible(s.id(), "it is a draft");
        }
    }

    private static void requireRoomFor(int size) {
        if (size > Limits.SEQUENCES_PER_TOUR) {
            throw new ValidationException(
                    "sequences", "a tour holds at most " + Limits.SEQUENCES_PER_TOUR + " sequences");
        }
    }

    private static List<SequenceId> requireDistinct(List<SequenceId> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new ValidationException("sequences", "must not list a sequence twice");
        }
        return ids;
    }

    private void touch(Instant at) {
        updatedAt = Timestamps.normalize(Require.notNull("at", at));
    }

    public TourId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public TourDetails details() {
        return details;
    }

    public List<SequenceId> sequences() {
        return List.copyOf(sequences);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tour other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
