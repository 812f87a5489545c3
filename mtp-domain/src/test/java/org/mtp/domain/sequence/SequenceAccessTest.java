package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.viewpoint.Viewpoint;

/** Tests: the rules of seeing, liking and marking, applied to a sequence's id, owner and state alone. */
class SequenceAccessTest {

    private static final Instant AT = Instant.parse("2024-05-03T09:00:00Z");
    private static final SequenceId ID = SequenceId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final SequenceAccess PUBLISHED = new SequenceAccess(ID, alice(), true);
    private static final SequenceAccess DRAFT = new SequenceAccess(ID, alice(), false);
    private static final ImageKey P1 = ImageKey.of("p1");

    @Test
    void aDraftIsSeenByItsOwnerOnly_aPublishedSequenceByAnyone() {
        assertThat(DRAFT.visibleTo(alice())).isTrue();
        assertThat(DRAFT.visibleTo(bob())).isFalse();
        assertThat(DRAFT.visibleTo(null)).isFalse();
        assertThat(PUBLISHED.visibleTo(bob())).isTrue();
        assertThat(PUBLISHED.visibleTo(null)).isTrue();
    }

    @Test
    void othersLikeAPublishedSequence_neverADraft_norTheOwnerTheirOwn() {
        assertThatCode(() -> PUBLISHED.requireLikeableBy(bob())).doesNotThrowAnyException();
        assertThatThrownBy(() -> DRAFT.requireLikeableBy(bob())).isInstanceOf(SequenceFailures.NotPublished.class);
        assertThatThrownBy(() -> PUBLISHED.requireLikeableBy(alice()))
                .isInstanceOfSatisfying(
                        SequenceFailures.OwnItem.class,
                        e -> assertThat(e.action()).isEqualTo("like"));
    }

    @Test
    void aViewpointGoesOnAPhotoTheSequenceHolds_creditedToTheOwner() {
        Viewpoint v = PUBLISHED.viewpointBy(bob(), P1, P1::equals, AT);

        assertThat(v).isEqualTo(new Viewpoint(bob(), ID, P1, alice(), AT));
        assertThatThrownBy(() -> PUBLISHED.viewpointBy(bob(), ImageKey.of("p9"), P1::equals, AT))
                .isInstanceOf(SequenceFailures.PhotoNotFound.class);
    }

    @Test
    void thePhotoIsLookedUpOnlyAfterTheCheaperRulesPassed() {
        AtomicBoolean asked = new AtomicBoolean();

        assertThatThrownBy(() -> DRAFT.viewpointBy(bob(), P1, k -> asked.getAndSet(true), AT))
                .isInstanceOf(SequenceFailures.NotPublished.class);
        assertThatThrownBy(() -> PUBLISHED.viewpointBy(alice(), P1, k -> asked.getAndSet(true), AT))
                .isInstanceOfSatisfying(
                        SequenceFailures.OwnItem.class,
                        e -> assertThat(e.action()).isEqualTo("mark a viewpoint on"));

        assertThat(asked).isFalse();
    }

    @Test
    void theAggregateAppliesTheSameRules() {
        Sequence s = TestSequences.aSequence().owner(alice()).build();

        assertThat(s.access()).isEqualTo(new SequenceAccess(s.id(), alice(), true));
        assertThat(TestSequences.aSequence()
                        .owner(alice())
                        .buildDraft()
                        .access()
                        .published())
                .isFalse();
    }

    @Test
    void idAndOwnerAreRequired() {
        assertThatThrownBy(() -> new SequenceAccess(null, alice(), true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> new SequenceAccess(ID, null, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("owner");
    }
}
