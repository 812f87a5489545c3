package org.mtp.domain.like;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/** Tests: Likes: one per user and target, sequence and tour targets kept apart. */
class LikeTest {

    private static final UUID SAME = UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aLikeIsKeptToTheMillisecond() {
        Like like = new Like(bob(), LikeTarget.sequence(SequenceId.of(SAME)), AT.plusNanos(999_999));

        assertThat(like.likedAt()).isEqualTo(AT);
        assertThat(like.user()).isEqualTo(bob());
    }

    @Test
    void oneUserLikingOneTargetTwiceIsTheSameLikeKey() {
        Like first = new Like(bob(), LikeTarget.sequence(SequenceId.of(SAME)), AT);
        Like again = new Like(bob(), LikeTarget.sequence(SequenceId.of(SAME)), AT);

        assertThat(first).isEqualTo(again);
        assertThat(first.target()).isEqualTo(again.target());
    }

    @Test
    void aSequenceAndATourWithTheSameUuidAreDifferentTargets() {
        LikeTarget sequence = LikeTarget.sequence(SequenceId.of(SAME));
        LikeTarget tour = LikeTarget.tour(TourId.of(SAME));

        assertThat(sequence).isInstanceOf(LikeTarget.OfSequence.class).isNotEqualTo(tour);
        assertThat(tour).isInstanceOf(LikeTarget.OfTour.class);
        assertThat(((LikeTarget.OfTour) tour).id()).isEqualTo(TourId.of(SAME));
    }

    @Test
    void everyPartIsRequired() {
        LikeTarget target = LikeTarget.tour(TourId.of(SAME));

        assertThatThrownBy(() -> new Like(null, target, AT)).extracting("field").isEqualTo("user");
        assertThatThrownBy(() -> new Like(bob(), null, AT)).extracting("field").isEqualTo("target");
        assertThatThrownBy(() -> new Like(bob(), target, null))
                .extracting("field")
                .isEqualTo("liked_at");
        assertThatThrownBy(() -> LikeTarget.sequence(null)).extracting("field").isEqualTo("sequence");
        assertThatThrownBy(() -> LikeTarget.tour(null)).extracting("field").isEqualTo("tour");
    }
}
