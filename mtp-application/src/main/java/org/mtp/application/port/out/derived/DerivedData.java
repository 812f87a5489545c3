package org.mtp.application.port.out.derived;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/**
 * Outgoing port keeping what derives from the facts the domain records: leaderboard totals, like and viewpoint counters
 * and each sequence's revision (which every fact about a sequence moves on). The stores keep none of it; a use case
 * hands its facts over in the unit of work of the change, so a failed use case changes nothing here either.
 */
public interface DerivedData {

    /**
     * Keeps totals, counters and revisions in step with {@code events}, in their order. A deletion is handed over while
     * the sequence is still stored: its share of the totals is taken back with the viewpoints it holds then.
     */
    void record(List<DomainEvent> events);

    default void record(DomainEvent event) {
        record(List.of(event));
    }

    /** How many likes {@code target} has. */
    long likeCount(LikeTarget target);

    /** The like counts of many tours at once (a page of them), each asked tour answered, 0 when it has none. */
    Map<TourId, Long> tourLikeCounts(Collection<TourId> tours);

    /** How many viewpoints photo {@code photo} of {@code sequence} has. */
    long viewpointsOnPhoto(SequenceId sequence, ImageKey photo);
}
