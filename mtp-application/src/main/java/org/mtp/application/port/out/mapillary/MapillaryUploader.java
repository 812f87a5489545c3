package org.mtp.application.port.out.mapillary;

import org.mtp.application.model.mapillary.MapillaryToken;

/**
 * Outgoing port for publishing a sequence's JPEGs to Mapillary (Graph API v4 upload service). Every check that can be
 * made locally runs before any byte leaves the machine and fails with {@link MapillaryException.UploadRejected}.
 */
public interface MapillaryUploader {

    /**
     * Validates, packs and uploads the images; a dry run does every step except the final publish, so no processing job
     * is created and the receipt carries no cluster ids.
     */
    MapillaryUploadReceipt upload(MapillaryToken token, MapillaryUploadRequest request);
}
