package org.mtp.application.port.out.mapillary;

import java.util.List;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/**
 * Outgoing port for reading a user's data from Mapillary. Every method may throw a {@link MapillaryException} subclass;
 * no transport exception escapes an implementation.
 */
public interface MapillaryGateway {

    /** Checks the token by reading the current user; {@link MapillaryException.InvalidToken} when it is not valid. */
    MapillaryUser verifyToken(MapillaryToken token);

    /**
     * The user's sequences having at least one photo captured in {@code window} (half-open), one summary each, ordered
     * by first capture time, following every page.
     */
    List<MapillarySequenceSummary> listSequences(MapillaryToken token, MapillaryUser user, TimeRange window);

    /** One sequence with all its photos in capture order; {@link MapillaryException.NotFound} when unknown. */
    MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key);

    /**
     * As {@link #fetchSequence(MapillaryToken, MapillarySequenceKey)}, telling {@code progress} the photos read so far
     * of the total; an implementation that reads in one go reports once, at the end.
     */
    default MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key, FetchProgress progress) {
        MapillarySequence sequence = fetchSequence(token, key);
        progress.photosFetched(sequence.photos().size(), sequence.photos().size());
        return sequence;
    }

    /**
     * The 256-pixel thumbnail of one public image, read with {@code token} (the app's client token will do);
     * {@link MapillaryException.NotFound} when the image is unknown or has no thumbnail,
     * {@link MapillaryException.Unsupported} when the configured API cannot serve thumbnails.
     */
    MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image);
}
