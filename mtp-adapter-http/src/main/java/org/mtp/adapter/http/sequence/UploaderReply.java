package org.mtp.adapter.http.sequence;

import java.util.UUID;

/**
 * The answer the desktop uploader reads after creating a draft: {@code status}, a {@code message} for people and the
 * new sequence's {@code unique_id}.
 */
public record UploaderReply(String status, String message, UUID uniqueId) {

    public static UploaderReply success(String message, UUID uniqueId) {
        return new UploaderReply("success", message, uniqueId);
    }
}
