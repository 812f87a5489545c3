package org.mtp.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestSequences.aSequence;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;

/** Tests: what the Sequence aggregate records of its changes, for the totals, counters and revision kept from them. */
class SequenceEventsTest {

    private static final Instant AT = Instant.parse("2024-05-03T09:00:00Z");

    private static SequenceDetails details(TransportType type) {
        return SequenceDetails.of("Ride", null, type, Tags.NONE);
    }

    private static BoardShare shareOf(Sequence s) {
        return new BoardShare(
                s.owner(),
                s.details().transportType(),
                s.cameraMake().orElse(null),
                s.cameraModel().orElse(null),
                s.capturedAt().orElse(null),
                s.photoCount(),
                s.distance());
    }

    @Test
    void anImportRecordsItsPublicationWithTheShareItAdds() {
        Sequence imported = aSequence()
                .owner(alice())
                .transport(TransportType.KAYAK)
                .camera("GoPro", "Max")
                .build();

        BoardShare share = imported.boardShare().orElseThrow();
        assertThat(imported.takeEvents()).containsExactly(new DomainEvent.SequencePublished(imported.id(), share));
        assertThat(share).isEqualTo(shareOf(imported));
        assertThat(share.owner()).isEqualTo(alice());
        assertThat(share.transportType()).isEqualTo(TransportType.KAYAK);
        assertThat(share.cameraMake()).isEqualTo(CameraMake.of("GoPro"));
        assertThat(share.cameraModel()).isEqualTo(CameraModel.of("Max"));
        assertThat(share.photos()).isEqualTo(imported.photoCount()).isPositive();
        assertThat(share.distance()).isEqualTo(imported.distance());
        assertThat(share.capturedAt()).isEqualTo(imported.capturedAt().orElseThrow());
    }

    @Test
    void eventsAreTakenOnce_andAStoredSequenceComesBackWithNone() {
        Sequence imported = aSequence().owner(alice()).build();
        imported.takeEvents();

        assertThat(imported.takeEvents()).isEmpty();
        Sequence reloaded = Sequence.reconstitute(
                imported.id(),
                imported.owner(),
                imported.draftedAt(),
                imported.details(),
                imported.links(),
                imported.mapillary().orElseThrow(),
                imported.importedAt().orElseThrow());
        assertThat(reloaded.takeEvents()).isEmpty();
    }

    @Test
    void aNewDraftRecordsNothing_andHasNoShare() {
        Sequence draft = aSequence().owner(alice()).buildDraft();

        assertThat(draft.takeEvents()).isEmpty();
        assertThat(draft.boardShare()).isEmpty();
    }

    @Test
    void publishingADraftRecordsThePublication_butTheSameKeyAgainRecordsNothing() {
        TestSequences.Builder builder = aSequence().owner(alice());
        Sequence draft = builder.buildDraft();

        draft.attachMapillary(alice(), builder.mapillary(), AT);
        draft.attachMapillary(alice(), builder.mapillary(), AT);

        assertThat(draft.takeEvents()).containsExactly(new DomainEvent.SequencePublished(draft.id(), shareOf(draft)));
    }

    @Test
    void aNewTransportTypeOfAPublishedSequenceMovesItsShare() {
        Sequence s = aSequence().owner(alice()).transport(TransportType.WALK).build();
        s.takeEvents();

        s.edit(alice(), details(TransportType.BICYCLE));

        assertThat(s.takeEvents())
                .containsExactly(new DomainEvent.TransportChanged(s.id(), shareOf(s), TransportType.WALK));
        assertThat(shareOf(s).transportType()).isEqualTo(TransportType.BICYCLE);
    }

    @Test
    void anEditKeepingTheType_orAnyEditOfADraft_isAChangeOfTheViewOnly() {
        Sequence s = aSequence().owner(alice()).transport(TransportType.WALK).build();
        Sequence draft =
                aSequence().owner(alice()).transport(TransportType.WALK).buildDraft();
        s.takeEvents();

        s.edit(alice(), details(TransportType.WALK));
        draft.edit(alice(), details(TransportType.SKI));

        assertThat(s.takeEvents()).containsExactly(new DomainEvent.SequenceChanged(s.id()));
        assertThat(draft.takeEvents()).containsExactly(new DomainEvent.SequenceChanged(draft.id()));
    }

    @Test
    void linksRecordAChangeWhenTheyChange() {
        Sequence draft = aSequence().owner(alice()).buildDraft();

        draft.attachLinks(alice(), new SequenceLinks(null, "12"));
        assertThat(draft.takeEvents()).containsExactly(new DomainEvent.SequenceChanged(draft.id()));
        draft.attachLinks(alice(), new SequenceLinks(null, "12"));
        assertThat(draft.takeEvents()).isEmpty();
        draft.replaceLinks(alice(), null);

        assertThat(draft.takeEvents()).containsExactly(new DomainEvent.SequenceChanged(draft.id()));
    }

    @Test
    void theOwnerDeletes_andTheDeletionIsRecorded() {
        Sequence s = aSequence().owner(alice()).build();
        s.takeEvents();

        assertThatThrownBy(() -> s.delete(bob())).isInstanceOf(NotOwnerException.class);
        assertThat(s.takeEvents()).isEmpty();
        s.delete(alice());

        assertThat(s.takeEvents()).containsExactly(new DomainEvent.SequenceDeleted(s.id()));
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        Sequence s = aSequence().owner(alice()).build();
        s.takeEvents();

        assertThatThrownBy(() -> s.edit(bob(), details(TransportType.SKI))).isInstanceOf(NotOwnerException.class);
        assertThatThrownBy(() -> s.replaceLinks(bob(), null)).isInstanceOf(NotOwnerException.class);

        assertThat(s.takeEvents()).isEmpty();
    }
}
