package org.mtp.application.port.in.tour;

import java.util.List;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourTotals;
import org.mtp.domain.user.Username;

/** A tour as one reads it: the aggregate, its owner's name, like count, its sequences in order and their totals. */
public record TourView(
        Tour tour, Username ownerName, long likeCount, List<SequenceSummary> sequences, TourTotals totals) {

    public TourView {
        sequences = List.copyOf(sequences);
    }
}
