package org.mtp.application.fake;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/**
 * Test double of the derived data: counters, revisions and each published sequence's share of the boards, stored and
 * moved by the facts handed over, as the database keeps them (never recounted from the stores when read), so that a use
 * case forgetting a fact shows in the application's tests.
 */
public final class InMemoryDerivedData implements DerivedData, InMemoryData.Transactional {

    /** One published sequence's share of the boards with the viewpoints it has received. */
    record Ledger(BoardShare share, long viewpoints) {}

    private record PhotoKey(SequenceId sequence, ImageKey photo) {}

    private final InMemoryData data;
    private State state = new State();

    public InMemoryDerivedData(InMemoryData data) {
        this.data = data;
        data.register(this);
    }

    @Override
    public synchronized void record(List<DomainEvent> events) {
        data.requireUnitOfWork("derived data");
        events.forEach(this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof DomainEvent.SequencePublished e) {
            state.boards().put(e.sequence(), new Ledger(e.share(), 0));
            touch(e.sequence());
        } else if (event instanceof DomainEvent.SequenceChanged e) {
            touch(e.sequence());
        } else if (event instanceof DomainEvent.TransportChanged e) {
            state.boards().computeIfPresent(e.sequence(), (id, ledger) -> new Ledger(e.share(), ledger.viewpoints()));
            touch(e.sequence());
        } else if (event instanceof DomainEvent.SequenceDeleted e) {
            forget(e.sequence());
        } else if (event instanceof DomainEvent.ViewpointMarked e) {
            viewpoints(e.sequence(), e.photo(), 1);
        } else if (event instanceof DomainEvent.ViewpointRemoved e) {
            viewpoints(e.sequence(), e.photo(), -1);
        } else if (event instanceof DomainEvent.Liked e) {
            likes(e.target(), 1);
        } else if (event instanceof DomainEvent.Unliked e) {
            likes(e.target(), -1);
        }
    }

    private void touch(SequenceId sequence) {
        state.revisions().merge(sequence, 1L, Long::sum);
    }

    private void forget(SequenceId sequence) {
        state.boards().remove(sequence);
        state.revisions().remove(sequence);
        state.likes().remove(LikeTarget.sequence(sequence));
        state.photoViewpoints().keySet().removeIf(key -> key.sequence().equals(sequence));
    }

    private void viewpoints(SequenceId sequence, ImageKey photo, long change) {
        move(state.photoViewpoints(), new PhotoKey(sequence, photo), change);
        state.boards()
                .computeIfPresent(sequence, (id, ledger) -> new Ledger(ledger.share(), ledger.viewpoints() + change));
        touch(sequence);
    }

    private void likes(LikeTarget target, long change) {
        move(state.likes(), target, change);
        if (target instanceof LikeTarget.OfSequence s) {
            touch(s.id());
        }
    }

    /** Moves a counter by {@code change}; a counter back at zero is dropped, as if it had never been kept. */
    private static <K> void move(Map<K, Long> counters, K key, long change) {
        counters.merge(key, change, (count, more) -> count + more == 0 ? null : count + more);
    }

    @Override
    public synchronized long likeCount(LikeTarget target) {
        return state.likes().getOrDefault(target, 0L);
    }

    @Override
    public synchronized Map<TourId, Long> tourLikeCounts(Collection<TourId> tours) {
        Map<TourId, Long> counts = new HashMap<>();
        tours.forEach(tour -> counts.put(tour, likeCount(LikeTarget.tour(tour))));
        return counts;
    }

    @Override
    public synchronized long viewpointsOnPhoto(SequenceId sequence, ImageKey photo) {
        return state.photoViewpoints().getOrDefault(new PhotoKey(sequence, photo), 0L);
    }

    /** The viewpoint counts of the sequence's photos that have any. */
    synchronized Map<ImageKey, Long> viewpointsBySequence(SequenceId sequence) {
        Map<ImageKey, Long> counts = new HashMap<>();
        state.photoViewpoints().forEach((key, count) -> {
            if (key.sequence().equals(sequence) && count > 0) {
                counts.put(key.photo(), count);
            }
        });
        return counts;
    }

    synchronized long revision(SequenceId sequence) {
        return state.revisions().getOrDefault(sequence, 0L);
    }

    /** Every published sequence's share with its viewpoints, for the boards. */
    synchronized List<Ledger> boards() {
        return List.copyOf(state.boards().values());
    }

    @Override
    public synchronized Object snapshot() {
        return state.copy();
    }

    @Override
    public synchronized void restore(Object snapshot) {
        state = ((State) snapshot).copy();
    }

    /** Everything kept, copied whole for a snapshot (and compared whole by "nothing changed" assertions). */
    private record State(
            Map<SequenceId, Ledger> boards,
            Map<SequenceId, Long> revisions,
            Map<LikeTarget, Long> likes,
            Map<PhotoKey, Long> photoViewpoints) {

        State() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }

        State copy() {
            return new State(
                    new HashMap<>(boards),
                    new HashMap<>(revisions),
                    new HashMap<>(likes),
                    new HashMap<>(photoViewpoints));
        }
    }
}
