package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.PhotoThumbnail;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryWorld;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;

/** Use-case tests of photo thumbnails on fakes: visibility, membership of the key, and when Mapillary is asked. */
class PhotoThumbnailTest {

    private final Scenario world = new Scenario();
    private final Sequence published = world.store(
            TestSequences.aSequence().owner(alice()).key("thumbSeq1").build());
    private final ImageKey firstPhoto = published.photos().get(0).key();

    {
        world.stores.mapillary.addSequence(published.mapillary().orElseThrow());
    }

    @Test
    void givenAPhotoOfAPublishedSequence_find_thenFetch_returnsItsThumbnailForAnyone() {
        PhotoThumbnail anonymous = world.app.thumbnails.find(null, published.id(), firstPhoto);
        PhotoThumbnail other = world.app.thumbnails.find(bob(), published.id(), firstPhoto);

        MapillaryThumbnail thumbnail = anonymous.fetch();

        assertThat(thumbnail.bytes()).isEqualTo(MapillaryWorld.syntheticThumbnail(firstPhoto));
        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        assertThat(other.image()).isEqualTo(firstPhoto);
    }

    @Test
    void find_asksMapillaryOnlyWhenTheBytesAreFetched() {
        PhotoThumbnail photo = world.app.thumbnails.find(null, published.id(), firstPhoto);

        assertThat(world.stores.mapillary.calls("fetchThumbnail")).isZero();
        photo.fetch();
        assertThat(world.stores.mapillary.calls("fetchThumbnail")).isEqualTo(1);
    }

    @Test
    void givenAnImageKeyOfAnotherSequence_find_failsAsNotFound_withoutAskingMapillary() {
        Sequence other = world.store(
                TestSequences.aSequence().owner(bob()).key("thumbSeq2").build());
        ImageKey foreign = other.photos().get(0).key();

        assertThatThrownBy(() -> world.app.thumbnails.find(null, published.id(), foreign))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.app.thumbnails.find(alice(), published.id(), ImageKey.of("anyKeyAtAll")))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.stores.mapillary.calls("fetchThumbnail")).isZero();
    }

    @Test
    void givenSomeoneElsesDraftOrAnUnknownSequence_find_failsAsNotFound() {
        Sequence draft = world.store(TestSequences.aSequence().owner(bob()).buildDraft());

        assertThatThrownBy(() -> world.app.thumbnails.find(alice(), draft.id(), firstPhoto))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.app.thumbnails.find(null, SequenceId.of(UUID.randomUUID()), firstPhoto))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenMapillaryFailing_fetch_passesTheTypedFailureOn() {
        PhotoThumbnail photo = world.app.thumbnails.find(null, published.id(), firstPhoto);
        world.stores.mapillary.failNextWith(new MapillaryException.Unavailable("down", null));

        assertThatThrownBy(photo::fetch).isInstanceOf(MapillaryException.Unavailable.class);
    }
}
