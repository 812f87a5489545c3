package org.mtp.domain.viewpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;

/** Tests: Viewpoints name the marker, the photo and whom they credit. */
class ViewpointTest {

    private static final SequenceId SEQUENCE = SequenceId.of(UUID.fromString("1b4e28ba-2fa1-41d2-883f-0016d3cca427"));
    private static final ImageKey PHOTO = ImageKey.of("p1");
    private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void aViewpointIsKeptToTheMillisecondAndNamesWhomItCredits() {
        Viewpoint v = new Viewpoint(bob(), SEQUENCE, PHOTO, alice(), AT.plusNanos(1));

        assertThat(v.markedAt()).isEqualTo(AT);
        assertThat(v.marker()).isEqualTo(bob());
        assertThat(v.photoOwner()).isEqualTo(alice());
        assertThat(v.photo()).isEqualTo(PHOTO);
        assertThat(v.sequence()).isEqualTo(SEQUENCE);
    }

    @Test
    void everyPartIsRequired() {
        assertThatThrownBy(() -> new Viewpoint(null, SEQUENCE, PHOTO, alice(), AT))
                .extracting("field")
                .isEqualTo("marker");
        assertThatThrownBy(() -> new Viewpoint(bob(), null, PHOTO, alice(), AT))
                .extracting("field")
                .isEqualTo("sequence");
        assertThatThrownBy(() -> new Viewpoint(bob(), SEQUENCE, null, alice(), AT))
                .extracting("field")
                .isEqualTo("image_key");
        assertThatThrownBy(() -> new Viewpoint(bob(), SEQUENCE, PHOTO, null, AT))
                .extracting("field")
                .isEqualTo("photo_owner");
        assertThatThrownBy(() -> new Viewpoint(bob(), SEQUENCE, PHOTO, alice(), null))
                .extracting("field")
                .isEqualTo("marked_at");
    }
}
