package org.mtp.adapter.http.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.domain.sequence.SequenceId;

/** The kept renderings stay within their byte budget, replace each other per sequence and skip outsized bodies. */
class RenderedSequencesTest {

    private static RenderedSequences.Rendered rendered(long revision, int characters) {
        return new RenderedSequences.Rendered(revision, "x".repeat(characters));
    }

    private static SequenceId anId() {
        return SequenceId.of(UUID.randomUUID());
    }

    @Test
    void aNewerRenderingReplacesTheOlderAndTheCountOfBytesFollows() {
        RenderedSequences kept = new RenderedSequences(1_000_000);
        SequenceId id = anId();

        kept.put(id, rendered(1, 1_000));
        kept.put(id, rendered(2, 3_000));

        assertThat(kept.get(id).revision()).isEqualTo(2);
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.bytes()).isEqualTo(rendered(2, 3_000).bytes());
    }

    @Test
    void aFullBudgetMakesRoom_andNeverHoldsMoreThanItAllows() {
        long budget = 100_000;
        RenderedSequences kept = new RenderedSequences(budget);

        for (int i = 0; i < 1_000; i++) {
            kept.put(anId(), rendered(i, 2_000));
            assertThat(kept.bytes()).isLessThanOrEqualTo(budget);
        }

        assertThat(kept.size()).isBetween(1, (int) (budget / rendered(0, 2_000).bytes()));
    }

    @Test
    void aBodyAboveASixteenthOfTheBudgetIsNotKept_andABudgetOfZeroKeepsNothing() {
        RenderedSequences kept = new RenderedSequences(160_000);
        SequenceId large = anId();
        kept.put(large, rendered(1, 6_000));
        RenderedSequences none = new RenderedSequences(0);
        SequenceId small = anId();
        none.put(small, rendered(1, 1));

        assertThat(kept.get(large)).isNull();
        assertThat(none.get(small)).isNull();
        assertThat(none.bytes()).isZero();
        assertThatThrownBy(() -> new RenderedSequences(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
