package org.mtp.adapter.web.sequence;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.domain.sequence.ImageKey;

/**
 * The thumbnails this process has fetched, least recently used first out once their bytes pass the bound; a thumbnail
 * of an image never changes, so nothing else expires them. Visibility is not cached: the route checks it every time.
 */
final class ThumbnailCache {

    private final long maxBytes;
    private final Map<ImageKey, MapillaryThumbnail> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ThumbnailCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<MapillaryThumbnail> get(ImageKey image) {
        return Optional.ofNullable(entries.get(image));
    }

    /** Keeps {@code thumbnail} unless it alone is larger than the bound, then drops the oldest until it fits. */
    synchronized void put(ImageKey image, MapillaryThumbnail thumbnail) {
        if (thumbnail.size() > maxBytes) {
            return;
        }
        MapillaryThumbnail previous = entries.put(image, thumbnail);
        bytes += thumbnail.size() - (previous == null ? 0 : previous.size());
        Iterator<MapillaryThumbnail> oldest = entries.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().size();
            oldest.remove();
        }
    }
}
