package org.mtp.application.port.out.mapillary;

import java.util.List;
import org.mtp.domain.common.Require;

/**
 * The outcome of an upload: one part per uploaded zip (a sequence above Mapillary's per-sequence limit is split into
 * several), in capture order. On a dry run no part has a cluster id.
 */
public record MapillaryUploadReceipt(List<MapillaryUploadedPart> parts, boolean dryRun) {

    public MapillaryUploadReceipt {
        Require.notNull("parts", parts);
        Require.that(!parts.isEmpty(), "parts", "must not be empty");
        parts = List.copyOf(parts);
    }

    public int imageCount() {
        return parts.stream().mapToInt(MapillaryUploadedPart::imageCount).sum();
    }
}
