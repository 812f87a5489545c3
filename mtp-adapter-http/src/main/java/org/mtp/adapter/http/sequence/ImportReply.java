package org.mtp.adapter.http.sequence;

import java.util.UUID;

/**
 * The answer to an import: the uploader's {@code status}, {@code message} and {@code unique_id}, and the sequence
 * itself (in its list form) under {@code sequence}, whose own {@code status} says draft or published.
 */
public record ImportReply(String status, String message, UUID uniqueId, SequenceJson sequence) {

    public static ImportReply success(String message, SequenceJson sequence) {
        return new ImportReply("success", message, sequence.uniqueId(), sequence);
    }
}
