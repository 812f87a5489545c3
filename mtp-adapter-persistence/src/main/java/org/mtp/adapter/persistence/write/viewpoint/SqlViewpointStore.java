package org.mtp.adapter.persistence.write.viewpoint;

import java.util.HashMap;
import java.util.Map;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.leaderboard.LeaderboardTotals;
import org.mtp.adapter.persistence.write.leaderboard.SequenceShare;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Persistence adapter: viewpoints, credited to the sequence's owner. A mark or unmark first locks the sequence row
 * (toggles of one sequence queue there, as do its edits and its deletion), then inserts or deletes the row if it is
 * absent or present, and moves the photo's and the sequence's {@code viewpoint_count} and the owner's leaderboard
 * totals by SQL increments in the same transaction, so counts always equal the rows.
 */
public final class SqlViewpointStore implements ViewpointStore {

    private final Jdbc jdbc;
    private final LeaderboardTotals totals;

    public SqlViewpointStore(Jdbc jdbc, LeaderboardTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
    }

    /** Stores the mark credited to the sequence's owner, whoever the viewpoint names (the owner never changes). */
    @Override
    public boolean add(Viewpoint viewpoint) {
        SequenceShare sequence = lockPublished(viewpoint.sequence());
        int added = jdbc.update(
                "INSERT INTO viewpoints (user_id, sequence_id, image_key, photo_owner_id, created_at)"
                        + " SELECT CAST(? AS UUID), p.sequence_id, p.image_key, CAST(? AS UUID),"
                        + " CAST(? AS TIMESTAMP(3) WITH TIME ZONE) FROM photos p WHERE p.sequence_id = ? AND p.image_key = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM viewpoints v WHERE v.user_id = ? AND v.sequence_id = ?"
                        + " AND v.image_key = ?)",
                viewpoint.marker().value(),
                sequence.owner(),
                viewpoint.markedAt(),
                viewpoint.sequence().value(),
                viewpoint.photo().value(),
                viewpoint.marker().value(),
                viewpoint.sequence().value(),
                viewpoint.photo().value());
        if (added == 1) {
            count(viewpoint.sequence(), viewpoint.photo(), 1);
            totals.add(sequence.viewpointsOnly(1));
        }
        return added == 1;
    }

    @Override
    public boolean remove(UserId marker, SequenceId sequence, ImageKey photo) {
        SequenceShare locked = lockPublished(sequence);
        int removed = jdbc.update(
                "DELETE FROM viewpoints WHERE user_id = ? AND sequence_id = ? AND image_key = ?",
                marker.value(),
                sequence.value(),
                photo.value());
        if (removed == 1) {
            count(sequence, photo, -1);
            totals.subtract(locked.viewpointsOnly(1));
        }
        return removed == 1;
    }

    private void count(SequenceId sequence, ImageKey photo, int change) {
        jdbc.update(
                "UPDATE photos SET viewpoint_count = viewpoint_count + ? WHERE sequence_id = ? AND image_key = ?",
                change,
                sequence.value(),
                photo.value());
        jdbc.update(
                "UPDATE sequences SET viewpoint_count = viewpoint_count + ?, revision = revision + 1 WHERE id = ?",
                change,
                sequence.value());
    }

    /** Locks the sequence row and reads the grains its viewpoints count in; a sequence gone since is not found. */
    private SequenceShare lockPublished(SequenceId sequence) {
        return jdbc.first(
                        "SELECT owner_id, status, transport_type, camera_make_key, camera_model_key, captured_at"
                                + " FROM sequences WHERE id = ? FOR UPDATE",
                        row -> {
                            if (!"PUBLISHED".equals(row.string("status"))) {
                                throw new IllegalStateException("viewpoints go on photos of published sequences only");
                            }
                            return new SequenceShare(
                                    row.uuid("owner_id"),
                                    TransportType.valueOf(row.string("transport_type")),
                                    row.string("camera_make_key"),
                                    row.string("camera_model_key"),
                                    row.instant("captured_at"),
                                    0,
                                    0,
                                    0);
                        },
                        sequence.value())
                // Deleted by a transaction that committed after the use case read the sequence: as absent to the
                // caller.
                .orElseThrow(() -> new NotFoundException("sequence", sequence));
    }

    @Override
    public long countOnPhoto(SequenceId sequence, ImageKey photo) {
        return jdbc.first(
                        "SELECT viewpoint_count FROM photos WHERE sequence_id = ? AND image_key = ?",
                        row -> row.number("viewpoint_count"),
                        sequence.value(),
                        photo.value())
                .orElse(0L);
    }

    @Override
    public Map<ImageKey, Long> countsBySequence(SequenceId sequence) {
        Map<ImageKey, Long> counts = new HashMap<>();
        jdbc.list(
                        "SELECT image_key, viewpoint_count FROM photos WHERE sequence_id = ? AND viewpoint_count > 0",
                        row -> Map.entry(ImageKey.of(row.string("image_key")), row.number("viewpoint_count")),
                        sequence.value())
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
