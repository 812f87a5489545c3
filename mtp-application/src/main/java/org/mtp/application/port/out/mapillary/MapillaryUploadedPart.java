package org.mtp.application.port.out.mapillary;

import java.util.Optional;
import org.mtp.domain.common.Require;

/**
 * One uploaded zip: the session key it was stored under (derived from its content, so a crashed upload resumes), how
 * many images and bytes it held, the upload service's file handle and, unless this was a dry run, the cluster id of the
 * processing job Mapillary started.
 */
public record MapillaryUploadedPart(
        String sessionKey, int imageCount, long bytes, String fileHandle, String clusterId) {

    public MapillaryUploadedPart {
        Require.notNull("session_key", sessionKey);
        Require.notNull("file_handle", fileHandle);
        Require.that(imageCount > 0, "image_count", "must be positive, was " + imageCount);
        Require.that(bytes > 0, "bytes", "must be positive, was " + bytes);
    }

    public Optional<String> cluster() {
        return Optional.ofNullable(clusterId);
    }

    @Override
    public String toString() {
        // The file handle is a capability for finish_upload: keep it out of logs.
        return "MapillaryUploadedPart[sessionKey=" + sessionKey + ", imageCount=" + imageCount + ", bytes=" + bytes
                + ", clusterId=" + clusterId + "]";
    }
}
