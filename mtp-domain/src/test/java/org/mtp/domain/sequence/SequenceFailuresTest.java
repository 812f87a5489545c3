package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests: The typed failures of sequences carry their codes and keys. */
class SequenceFailuresTest {

    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("mlyA");

    @Test
    void aKeyHeldByAnotherSequenceIsAConflictNamingTheKey() {
        SequenceFailures.KeyTaken e = new SequenceFailures.KeyTaken(KEY);

        assertThat(e.key()).isEqualTo(KEY);
        assertThat(e.code()).isEqualTo("conflict");
        assertThat(e).hasMessage("Mapillary sequence mlyA is already imported");
    }

    @Test
    void aSequenceOfAnotherMapillaryAccountHasItsOwnCode() {
        SequenceFailures.NotOwnedOnMapillary e = new SequenceFailures.NotOwnedOnMapillary(KEY);

        assertThat(e.code()).isEqualTo("mapillary_sequence_not_owned");
        assertThat(e).hasMessage("Mapillary sequence mlyA belongs to another Mapillary account");
    }

    @Test
    void aDraftIsNotPublished() {
        assertThat(new SequenceFailures.NotPublished())
                .hasMessage("the sequence is a draft; publish it from Mapillary first");
    }
}
