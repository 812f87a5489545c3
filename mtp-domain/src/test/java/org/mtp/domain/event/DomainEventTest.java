package org.mtp.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.viewpoint.Viewpoint;

/** Tests: the facts viewpoints give, and that every fact names what it is about. */
class DomainEventTest {

    private static final Instant AT = Instant.parse("2024-05-03T09:00:00Z");
    private static final SequenceId ID = SequenceId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b2"));
    private static final ImageKey PHOTO = ImageKey.of("p1");

    @Test
    void aViewpointGivesTheFactsOfItsMarkingAndRemoval() {
        Viewpoint viewpoint = new Viewpoint(bob(), ID, PHOTO, alice(), AT);

        assertThat(viewpoint.marked()).isEqualTo(new DomainEvent.ViewpointMarked(ID, PHOTO, bob()));
        assertThat(viewpoint.removed()).isEqualTo(new DomainEvent.ViewpointRemoved(ID, PHOTO, bob()));
    }

    @Test
    void everyFactNamesWhatItIsAbout() {
        BoardShare share =
                TestSequences.aSequence().owner(alice()).build().boardShare().orElseThrow();
        LikeTarget target = LikeTarget.sequence(ID);
        List<Supplier<DomainEvent>> incomplete = List.of(
                () -> new DomainEvent.SequencePublished(null, share),
                () -> new DomainEvent.SequencePublished(ID, null),
                () -> new DomainEvent.SequenceChanged(null),
                () -> new DomainEvent.TransportChanged(null, share, TransportType.WALK),
                () -> new DomainEvent.TransportChanged(ID, null, TransportType.WALK),
                () -> new DomainEvent.TransportChanged(ID, share, null),
                () -> new DomainEvent.SequenceDeleted(null),
                () -> new DomainEvent.ViewpointMarked(null, PHOTO, bob()),
                () -> new DomainEvent.ViewpointMarked(ID, null, bob()),
                () -> new DomainEvent.ViewpointMarked(ID, PHOTO, null),
                () -> new DomainEvent.ViewpointRemoved(null, PHOTO, bob()),
                () -> new DomainEvent.ViewpointRemoved(ID, null, bob()),
                () -> new DomainEvent.ViewpointRemoved(ID, PHOTO, null),
                () -> new DomainEvent.Liked(null, bob()),
                () -> new DomainEvent.Liked(target, null),
                () -> new DomainEvent.Unliked(null, bob()),
                () -> new DomainEvent.Unliked(target, null));

        for (Supplier<DomainEvent> event : incomplete) {
            assertThatThrownBy(event::get).isInstanceOf(ValidationException.class);
        }
    }
}
