package org.mtp.adapter.persistence.read.sequence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.sequence.SequenceRow;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.port.out.sequence.StoredSequence;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Persistence adapter: one sequence for reading, in at most two plain SQL statements and no managed entity: its row
 * joined with its owner's name (the maintained {@code like_count} beside it) and its tags as an array in order, then,
 * once published, its photos in order with their maintained viewpoint counts. The aggregate is restored through
 * {@link SequenceRow}, as the repository restores it. The photos come from {@code photos}, not the packed
 * {@code track}, because only the rows hold each photo's viewpoint count; a draft has none, so it costs one statement.
 * The stamp is the row's revision alone.
 */
final class StoredSequenceReader {

    /** The tags ride along as an array: one round trip fewer than a statement of their own (measured in docs). */
    private static final String ROW = "SELECT " + SequenceRow.COLUMNS + ", u.username, s.like_count, s.photo_count,"
            + " s.revision, ARRAY(SELECT t.tag FROM sequence_tags t WHERE t.sequence_id = s.id ORDER BY t.position)"
            + " AS tags FROM sequences s JOIN users u ON u.id = s.owner_id WHERE s.id = ?";

    private static final String STAMP = "SELECT revision, owner_id, status FROM sequences WHERE id = ?";
    private static final String PHOTOS = "SELECT image_key, lon, lat, compass_angle, captured_at, viewpoint_count"
            + " FROM photos WHERE sequence_id = ? ORDER BY position";

    private final Jdbc jdbc;

    StoredSequenceReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSequence> read(SequenceId id) {
        Optional<Head> head = jdbc.first(
                ROW,
                row -> new Head(
                        SequenceRow.of(row).withTags(row.strings("tags")),
                        Username.of(row.string("username")),
                        row.number("like_count"),
                        row.number("photo_count"),
                        row.number("revision")),
                id.value());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        SequenceRow row = head.get().row();
        Map<ImageKey, Long> viewpoints = new HashMap<>();
        List<Photo> photos = row.published()
                ? jdbc.list(
                        PHOTOS,
                        photo -> {
                            Photo p = SequenceRow.photo(
                                    photo.string("image_key"),
                                    photo.decimal("lon"),
                                    photo.decimal("lat"),
                                    photo.nullableDecimal("compass_angle"),
                                    photo.instant("captured_at"));
                            long count = photo.number("viewpoint_count");
                            if (count > 0) {
                                viewpoints.put(p.key(), count);
                            }
                            return p;
                        },
                        id.value())
                : List.of();
        return row.toModelIfWhole(photos, head.get().photoCount())
                .map(sequence -> new StoredSequence(
                        sequence,
                        head.get().ownerName(),
                        head.get().likeCount(),
                        viewpoints,
                        head.get().revision()));
    }

    /** The revision and visibility of sequence {@code id}, one primary-key read. */
    Optional<SequenceStamp> stamp(SequenceId id) {
        return jdbc.first(
                STAMP,
                row -> new SequenceStamp(
                        row.number("revision"),
                        UserId.of(row.uuid("owner_id")),
                        SequenceStatus.PUBLISHED.name().equals(row.string("status"))),
                id.value());
    }

    /**
     * The sequence row with its tags, as read first, before its photos. The revision is read with the row, so whatever
     * is read after it is at least as new: a view is never older than the revision it carries.
     */
    private record Head(SequenceRow row, Username ownerName, long likeCount, long photoCount, long revision) {}
}
