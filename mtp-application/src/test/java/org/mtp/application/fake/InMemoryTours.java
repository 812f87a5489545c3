package org.mtp.application.fake;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.tour.TourQuery;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourId;

/** Test double storing tours as copies; deleting a tour deletes its likes. */
public final class InMemoryTours implements TourRepository, InMemoryData.Transactional {

    private Map<TourId, Tour> tours = new HashMap<>();
    private final InMemoryLikes likes;

    public InMemoryTours(InMemoryData data, InMemoryLikes likes) {
        this.likes = likes;
        data.register(this);
    }

    private static Tour copy(Tour t) {
        return Tour.reconstitute(t.id(), t.owner(), t.details(), t.sequences(), t.createdAt(), t.updatedAt());
    }

    @Override
    public synchronized void save(Tour tour) {
        tours.put(tour.id(), copy(tour));
    }

    @Override
    public synchronized Optional<Tour> findById(TourId id) {
        return Optional.ofNullable(tours.get(id)).map(InMemoryTours::copy);
    }

    @Override
    public synchronized List<Tour> findContaining(SequenceId sequence) {
        return tours.values().stream()
                .filter(t -> t.sequences().contains(sequence))
                .map(InMemoryTours::copy)
                .toList();
    }

    @Override
    public synchronized Page<Tour> list(TourQuery query, PageRequest page) {
        List<Tour> ordered = tours.values().stream()
                .filter(t -> query.owner() == null || t.owner().equals(query.owner()))
                .filter(t -> NameSearch.contains(t.details().name(), query.nameContains()))
                .filter(t -> t.details().tags().containsAll(query.tags()))
                .sorted(Comparator.comparing(Tour::createdAt)
                        .thenComparing(t -> t.id().toString())
                        .reversed())
                .map(InMemoryTours::copy)
                .toList();
        return OffsetCursor.page(ordered, page);
    }

    /** Takes a deleted sequence out of every tour, as the database's foreign key cascade does. */
    synchronized void forgetEverywhere(SequenceId sequence) {
        for (Map.Entry<TourId, Tour> entry : tours.entrySet()) {
            Tour copy = copy(entry.getValue());
            if (copy.forget(sequence)) {
                entry.setValue(copy);
            }
        }
    }

    @Override
    public synchronized void delete(TourId id) {
        tours.remove(id);
        likes.removeAll(LikeTarget.tour(id));
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(tours);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        tours = new HashMap<>((Map<TourId, Tour>) snapshot);
    }
}
