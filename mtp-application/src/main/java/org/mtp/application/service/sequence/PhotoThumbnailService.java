package org.mtp.application.service.sequence;

import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetPhotoThumbnailUseCase;
import org.mtp.application.port.in.sequence.PhotoThumbnail;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case service for photo thumbnails: the sequence is read with draft visibility in one unit of work, and Mapillary
 * is asked afterwards with the app's own client token (public images need no user token), never inside the unit.
 */
public final class PhotoThumbnailService implements GetPhotoThumbnailUseCase {

    private final SequenceLoader sequences;
    private final MapillaryGateway mapillary;
    private final MapillaryToken appToken;
    private final UnitOfWork unitOfWork;

    public PhotoThumbnailService(
            SequenceRepository sequences, MapillaryGateway mapillary, MapillaryToken appToken, UnitOfWork unitOfWork) {
        this.sequences = new SequenceLoader(sequences);
        this.mapillary = mapillary;
        this.appToken = appToken;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public PhotoThumbnail find(UserId viewer, SequenceId id, ImageKey image) {
        unitOfWork.reading(() -> {
            Sequence sequence = sequences.visibleTo(viewer, id);
            return sequence.photo(image).orElseThrow(() -> new NotFoundException("photo", image));
        });
        return new PhotoThumbnail(image, () -> mapillary.fetchThumbnail(appToken, image));
    }
}
