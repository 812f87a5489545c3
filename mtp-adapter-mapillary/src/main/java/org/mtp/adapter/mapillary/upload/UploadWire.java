package org.mtp.adapter.mapillary.upload;

import com.squareup.moshi.Json;

/** Wire shapes of the upload service and {@code finish_upload}. */
final class UploadWire {

    private UploadWire() {}

    /** {@code GET <upload>/<session>}: bytes already stored. */
    public record Offset(Long offset) {}

    /** {@code POST <upload>/<session>}: the file handle. */
    public record Handle(String h) {

        @Override
        public String toString() {
            return "Handle[****]";
        }
    }

    /** {@code POST /finish_upload} request body. */
    public record Finish(
            @Json(name = "file_handle") String fileHandle,
            @Json(name = "file_type") String fileType) {

        @Override
        public String toString() {
            return "Finish[fileType=" + fileType + "]";
        }
    }
}
