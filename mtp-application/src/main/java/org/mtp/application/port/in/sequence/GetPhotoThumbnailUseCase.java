package org.mtp.application.port.in.sequence;

import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case: the thumbnail of one photo of a sequence the viewer may see. Someone else's draft, an unknown sequence and
 * an image key that is not one of the sequence's photos are all not found, so it relays no arbitrary image.
 */
public interface GetPhotoThumbnailUseCase {

    /**
     * Checks at once that the photo may be shown ({@code viewer} may be null for an anonymous reader); the bytes are
     * fetched from Mapillary only when {@link PhotoThumbnail#fetch()} is called, outside any unit of work.
     */
    PhotoThumbnail find(UserId viewer, SequenceId sequence, ImageKey image);
}
