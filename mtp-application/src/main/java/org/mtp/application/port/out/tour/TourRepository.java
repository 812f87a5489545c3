package org.mtp.application.port.out.tour;

import java.util.List;
import java.util.Optional;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourId;

/** Outgoing port storing tours and their ordered sequence lists. */
public interface TourRepository {

    void save(Tour tour);

    Optional<Tour> findById(TourId id);

    /** Tours listing this sequence, so that deleting it can take it out of each. */
    List<Tour> findContaining(SequenceId sequence);

    /** Tours that {@code query} selects, newest first (created at, then id). */
    Page<Tour> list(TourQuery query, PageRequest page);

    /** Deletes the tour and its likes. */
    void delete(TourId id);
}
