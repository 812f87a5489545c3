package org.mtp.adapter.web.tour;

import java.util.List;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.sequence.LikeModel;

/**
 * A tour page: its details, totals, the map's bounds and its tracks' GeoJSON addresses in tour order (space-separated,
 * for the map script), the like control, and its sequences in order; for its owner also the controls that change it
 * ({@code manage}, else null).
 */
public record TourModel(
        String name,
        String description,
        String owner,
        String ownerUrl,
        List<String> tags,
        String photos,
        String distance,
        String sequenceCount,
        String bounds,
        String tracks,
        LikeModel like,
        boolean signInHint,
        List<SequenceCard> sequences,
        TourOwnerModel manage) {}
