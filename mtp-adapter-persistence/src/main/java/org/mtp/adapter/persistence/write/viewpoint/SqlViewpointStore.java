package org.mtp.adapter.persistence.write.viewpoint;

import java.util.UUID;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Persistence adapter: viewpoints, credited to the sequence's owner (their counts are the derived data's). A mark or
 * unmark first locks the sequence row (toggles of one sequence queue there, as do its edits and its deletion), then
 * inserts or deletes the row if it is absent or present, so what it answers is exact.
 */
public final class SqlViewpointStore implements ViewpointStore {

    private final Jdbc jdbc;

    public SqlViewpointStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the mark credited to the sequence's owner, whoever the viewpoint names (the owner never changes). */
    @Override
    public boolean add(Viewpoint viewpoint) {
        UUID owner = lockPublished(viewpoint.sequence());
        int added = jdbc.update(
                "INSERT INTO viewpoints (user_id, sequence_id, image_key, photo_owner_id, created_at)"
                        + " SELECT CAST(? AS UUID), p.sequence_id, p.image_key, CAST(? AS UUID),"
                        + " CAST(? AS TIMESTAMP(3) WITH TIME ZONE) FROM photos p WHERE p.sequence_id = ? AND p.image_key = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM viewpoints v WHERE v.user_id = ? AND v.sequence_id = ?"
                        + " AND v.image_key = ?)",
                viewpoint.marker().value(),
                owner,
                viewpoint.markedAt(),
                viewpoint.sequence().value(),
                viewpoint.photo().value(),
                viewpoint.marker().value(),
                viewpoint.sequence().value(),
                viewpoint.photo().value());
        return added == 1;
    }

    @Override
    public boolean remove(UserId marker, SequenceId sequence, ImageKey photo) {
        lockPublished(sequence);
        int removed = jdbc.update(
                "DELETE FROM viewpoints WHERE user_id = ? AND sequence_id = ? AND image_key = ?",
                marker.value(),
                sequence.value(),
                photo.value());
        return removed == 1;
    }

    /** Locks the sequence row and answers its owner; a sequence gone since is not found. */
    private UUID lockPublished(SequenceId sequence) {
        return jdbc.first(
                        "SELECT owner_id, status FROM sequences WHERE id = ? FOR UPDATE",
                        row -> {
                            if (!"PUBLISHED".equals(row.string("status"))) {
                                throw new IllegalStateException("viewpoints go on photos of published sequences only");
                            }
                            return row.uuid("owner_id");
                        },
                        sequence.value())
                // Deleted by a transaction that committed after the use case read the sequence: as absent to the
                // caller.
                .orElseThrow(() -> new NotFoundException("sequence", sequence));
    }
}
