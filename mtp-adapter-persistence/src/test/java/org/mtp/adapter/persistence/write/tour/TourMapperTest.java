package org.mtp.adapter.persistence.write.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestUsers;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;

/** Entity and domain mapping of tours, without a database. */
class TourMapperTest {

    private static final Instant T = Instant.parse("2024-04-04T04:04:04.444Z");

    private static List<Object> fieldsOf(Tour t) {
        return List.of(t.id(), t.owner(), t.details(), t.sequences(), t.createdAt(), t.updatedAt());
    }

    @Test
    void aTourMapsToRowsAndBackWithItsOrder() {
        List<SequenceId> order = List.of(
                SequenceId.of(UUID.randomUUID()), SequenceId.of(UUID.randomUUID()), SequenceId.of(UUID.randomUUID()));
        Tour tour = Tour.reconstitute(
                TourId.of(UUID.randomUUID()),
                TestUsers.carol(),
                TourDetails.of("Alps", "Five <em>passes</em>", Tags.parse("alps,passes")),
                order,
                T,
                T.plusSeconds(9));

        TourJpaEntity entity = TourMapper.toJpaEntity(tour);

        assertThat(entity.getSequences())
                .extracting(TourSequenceJpaValue::position)
                .containsExactly(0, 1, 2);
        assertThat(entity.getTags()).extracting(TourTagJpaValue::tag).containsExactly("alps", "passes");
        assertThat(fieldsOf(TourMapper.toModelEntity(entity))).isEqualTo(fieldsOf(tour));
    }

    @Test
    void anEmptyTourWithoutDescriptionMapsBack() {
        Tour tour = Tour.create(TourId.of(UUID.randomUUID()), TestUsers.dave(), TourDetails.of("Empty", null, null), T);

        assertThat(fieldsOf(TourMapper.toModelEntity(TourMapper.toJpaEntity(tour))))
                .isEqualTo(fieldsOf(tour));
    }
}
