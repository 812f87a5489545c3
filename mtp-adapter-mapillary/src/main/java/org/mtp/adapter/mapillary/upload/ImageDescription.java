package org.mtp.adapter.mapillary.upload;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JPEG's Mapillary ImageDescription, validated: where and when it was captured, the sequence it claims, and the
 * whole JSON object (kept so that it can be written back with only the {@code MAP*} keys).
 */
record ImageDescription(Path file, double latitude, double longitude, Instant capturedAt, Map<String, Object> json) {

    static final String SEQUENCE_UUID = "MAPSequenceUUID";

    ImageDescription {
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    /** True when the description carries keys Mapillary's schema does not know (for instance mtp's own). */
    boolean hasForeignKeys() {
        return json.keySet().stream().anyMatch(k -> !k.startsWith("MAP"));
    }

    /**
     * The description reduced to {@code MAP*} keys, with the sequence UUID replaced when {@code sequenceUuid} is set.
     */
    Map<String, Object> forUpload(String sequenceUuid) {
        Map<String, Object> kept = new LinkedHashMap<>();
        json.forEach((k, v) -> {
            if (k.startsWith("MAP")) {
                kept.put(k, v);
            }
        });
        if (sequenceUuid != null) {
            kept.put(SEQUENCE_UUID, sequenceUuid);
        }
        return kept;
    }

    String sequenceUuid() {
        Object value = json.get(SEQUENCE_UUID);
        return value instanceof String s ? s : null;
    }
}
