package org.mtp.bootstrap.reliability;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.mtp.adapter.persistence.testing.Sql;

/**
 * Test support for the crash test: the base rows a restarted service holds (sequences, their photos, likes and
 * viewpoints), read with plain SQL, keyed by what the write log knows (usernames, sequence ids, Mapillary keys).
 */
final class StoredState {

    /** One row of {@code sequences}; {@code key} is null for a draft. */
    record StoredSequence(String id, String key, String status, long photoCount, String owner) {
        boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    private final Map<String, StoredSequence> byId = new HashMap<>();
    private final Map<String, StoredSequence> byKey = new HashMap<>();
    private final Map<String, Set<String>> photos = new HashMap<>();
    private final Set<String> likes = new HashSet<>();
    private final Set<String> viewpoints = new HashSet<>();

    private StoredState() {}

    static StoredState read(DataSource db) throws SQLException {
        StoredState state = new StoredState();
        // Sql.rows gives NULL as "null": a draft's missing key comes back as the empty string instead
        for (List<String> row : Sql.rows(
                db,
                "SELECT s.id, COALESCE(s.mapillary_sequence_key, ''), s.status,"
                        + " s.photo_count, u.username_key FROM sequences s JOIN users u ON u.id = s.owner_id")) {
            String key = row.get(1).isEmpty() ? null : row.get(1);
            StoredSequence sequence =
                    new StoredSequence(id(row.get(0)), key, row.get(2), Long.parseLong(row.get(3)), row.get(4));
            state.byId.put(sequence.id(), sequence);
            if (sequence.key() != null) {
                state.byKey.put(sequence.key(), sequence);
            }
        }
        for (List<String> row : Sql.rows(db, "SELECT sequence_id, image_key FROM photos")) {
            state.photos.computeIfAbsent(id(row.get(0)), s -> new HashSet<>()).add(row.get(1));
        }
        for (List<String> row : Sql.rows(
                db,
                "SELECT u.username_key, l.sequence_id FROM sequence_likes l" + " JOIN users u ON u.id = l.user_id")) {
            state.likes.add(WriteLog.likeSubject(row.get(0), id(row.get(1))));
        }
        for (List<String> row : Sql.rows(
                db,
                "SELECT u.username_key, v.sequence_id, v.image_key FROM viewpoints v"
                        + " JOIN users u ON u.id = v.user_id")) {
            state.viewpoints.add(WriteLog.viewpointSubject(row.get(0), id(row.get(1)), row.get(2)));
        }
        return state;
    }

    private static String id(String uuid) {
        return uuid.toLowerCase(Locale.ROOT);
    }

    StoredSequence byId(String id) {
        return id == null ? null : byId.get(id);
    }

    StoredSequence byKey(String key) {
        return byKey.get(key);
    }

    Iterable<StoredSequence> sequences() {
        return byId.values();
    }

    /** The image keys of the photo rows of sequence {@code id}. */
    Set<String> photosOf(String id) {
        return photos.getOrDefault(id, Set.of());
    }

    /** Whether a like or viewpoint {@code subject} (see {@link WriteLog}) is stored. */
    boolean holds(String subject) {
        return likes.contains(subject) || viewpoints.contains(subject);
    }

    Set<String> toggles() {
        Set<String> all = new HashSet<>(likes);
        all.addAll(viewpoints);
        return all;
    }
}
