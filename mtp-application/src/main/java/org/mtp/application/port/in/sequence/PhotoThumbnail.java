package org.mtp.application.port.in.sequence;

import java.util.function.Supplier;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.ImageKey;

/**
 * A photo the viewer may see, with the means to fetch its thumbnail, which a caller holding a cache may never need to
 * call. Only a published sequence has photos (a draft has none until Mapillary's are attached), so every thumbnail is
 * as public as its sequence.
 */
public record PhotoThumbnail(ImageKey image, Supplier<MapillaryThumbnail> source) {

    public PhotoThumbnail {
        Require.notNull("image", image);
        Require.notNull("source", source);
    }

    /** Asks Mapillary; fails with the Mapillary gateway's typed failures. */
    public MapillaryThumbnail fetch() {
        return source.get();
    }
}
