package org.mtp.application.port.out.mapillary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mtp.domain.transport.TransportType;

/**
 * What to upload: the JPEG files of one sequence (each carrying Mapillary's ImageDescription in EXIF), how it was
 * travelled and projected, and whether to stop before publishing. Mapillary refuses the Air family, so such a request
 * cannot be built.
 */
public record MapillaryUploadRequest(
        List<Path> images, TransportType transport, MapillaryProjection projection, boolean dryRun) {

    public MapillaryUploadRequest {
        if (images == null || images.isEmpty()) {
            throw new MapillaryException.UploadRejected("images", "at least one image is required");
        }
        if (images.stream().anyMatch(Objects::isNull)) {
            throw new MapillaryException.UploadRejected("images", "must not contain null");
        }
        if (transport == null) {
            throw new MapillaryException.UploadRejected("transport_type", "is required");
        }
        if (!transport.uploadableToMapillary()) {
            throw new MapillaryException.UploadRejected(
                    "transport_type", "Mapillary does not accept imagery of the " + transport.family() + " family");
        }
        if (projection == null) {
            throw new MapillaryException.UploadRejected("projection", "is required");
        }
        images = List.copyOf(images);
    }

    public static MapillaryUploadRequest publish(
            List<Path> images, TransportType transport, MapillaryProjection projection) {
        return new MapillaryUploadRequest(images, transport, projection, false);
    }

    public static MapillaryUploadRequest dryRun(
            List<Path> images, TransportType transport, MapillaryProjection projection) {
        return new MapillaryUploadRequest(images, transport, projection, true);
    }
}
