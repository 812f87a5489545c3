package org.mtp.adapter.persistence.read.challenge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.sequence.PhotoTrack;
import org.mtp.domain.sequence.Photo;

/**
 * Persistence adapter: the photos of many sequences at once, in order, for the domain's exact challenge rules: one
 * statement per {@value #SEQUENCES_PER_QUERY} sequences reading their packed tracks, never one per sequence or photo.
 */
public final class CandidatePhotos {

    public static final int SEQUENCES_PER_QUERY = 500;

    private CandidatePhotos() {}

    /** Photos by sequence, each list in track order; {@code sequences} may be any length. */
    public static Map<UUID, List<Photo>> load(Jdbc jdbc, List<UUID> sequences) {
        Map<UUID, List<Photo>> photos = new HashMap<>();
        for (int from = 0; from < sequences.size(); from += SEQUENCES_PER_QUERY) {
            List<UUID> chunk = sequences.subList(from, Math.min(sequences.size(), from + SEQUENCES_PER_QUERY));
            jdbc.forEach(
                    "SELECT id, track FROM sequences WHERE track IS NOT NULL AND id IN ("
                            + Conditions.placeholders(chunk.size()) + ")",
                    SEQUENCES_PER_QUERY,
                    row -> photos.put(row.uuid("id"), decode(row.bytes("track"))),
                    chunk.toArray());
        }
        return photos;
    }

    /** The photos of a published sequence's track; every published sequence has one. */
    static List<Photo> decode(byte[] track) {
        if (track == null) {
            throw new IllegalStateException("a published sequence without its photo track");
        }
        return PhotoTrack.decode(track);
    }
}
