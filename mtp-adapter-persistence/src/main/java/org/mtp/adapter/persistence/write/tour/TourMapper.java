package org.mtp.adapter.persistence.write.tour;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tag;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Persistence adapter: maps the tour aggregate to its rows (tour, tags, ordered members) and back. */
final class TourMapper {

    private TourMapper() {}

    static TourJpaEntity toJpaEntity(Tour tour) {
        TourJpaEntity entity = new TourJpaEntity(tour.id().value(), tour.owner().value(), tour.createdAt());
        copyEditable(tour, entity);
        return entity;
    }

    static void copyEditable(Tour tour, TourJpaEntity entity) {
        entity.setDetails(tour.details().name(), tour.details().description());
        entity.setTags(tour.details().tags().names());
        entity.setSequences(tour.sequences().stream().map(SequenceId::value).toList());
        entity.setUpdatedAt(tour.updatedAt());
    }

    static Tour toModelEntity(TourJpaEntity entity) {
        TourDetails details = TourDetails.of(
                entity.getName(),
                entity.getDescription(),
                new Tags(entity.getTags().stream().map(tag -> Tag.of(tag.tag())).toList()));
        return Tour.reconstitute(
                TourId.of(entity.getId()),
                UserId.of(entity.getOwnerId()),
                details,
                entity.getSequences().stream()
                        .map(member -> SequenceId.of(member.sequenceId()))
                        .toList(),
                entity.getCreatedAt(),
                entity.getUpdatedAt());
    }
}
