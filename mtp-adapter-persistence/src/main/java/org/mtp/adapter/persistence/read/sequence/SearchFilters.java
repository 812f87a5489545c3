package org.mtp.adapter.persistence.read.sequence;

import java.util.List;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.read.challenge.BoxOverlap;
import org.mtp.adapter.persistence.read.challenge.ChallengePrefilter;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.LikePatterns;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.domain.tag.Tag;

/**
 * Persistence adapter: the criteria of a {@link SequenceQuery} as conditions on {@code sequences s}, each one an index
 * can answer (see the V4 migrations): owner through {@code users.username_key}; tags through {@code sequence_tags
 * (sequence_id, tag)}; a parent transport type through {@code transport_parent}; camera keys; the capture range through
 * the "latest" index; name (trigrams) and bbox (GiST on boxes) on PostgreSQL. For a challenge, only its SQL prefilter:
 * the caller applies the exact rule.
 */
final class SearchFilters {

    private SearchFilters() {}

    static Conditions of(SequenceQuery q, Database database) {
        Conditions where = new Conditions();
        if (q.draftsOf() != null) {
            where.and("s.owner_id = ? AND s.status = 'DRAFT'", q.draftsOf().value());
        } else {
            where.and("s.status = 'PUBLISHED'");
        }
        if (q.nameContains() != null) {
            where.and("LOWER(s.name) LIKE ? ESCAPE '\\'", LikePatterns.containing(q.nameContains()));
        }
        if (q.owner() != null) {
            where.and(
                    "s.owner_id = (SELECT o.id FROM users o WHERE o.username_key = ?)",
                    q.owner().normalized());
        }
        for (Tag tag : q.tags().values()) {
            where.and("EXISTS (SELECT 1 FROM sequence_tags t WHERE t.sequence_id = s.id AND t.tag = ?)", tag.name());
        }
        if (q.transportType() != null) {
            where.and(
                    q.transportType().isParent() ? "s.transport_parent = ?" : "s.transport_type = ?",
                    q.transportType().name());
        }
        if (q.cameraMake() != null) {
            where.and("s.camera_make_key = ?", q.cameraMake().normalized());
        }
        if (q.cameraModel() != null) {
            where.and("s.camera_model_key = ?", q.cameraModel().normalized());
        }
        if (q.pano() != null) {
            where.and("s.pano = ?", q.pano());
        }
        if (q.captured() != null) {
            // latest_at equals captured_at whenever that is known: the same range on it lets the "latest" index serve.
            where.and(
                    "s.captured_at >= ? AND s.captured_at < ? AND s.latest_at >= ? AND s.latest_at < ?",
                    q.captured().from(),
                    q.captured().to(),
                    q.captured().from(),
                    q.captured().to());
        }
        if (q.bbox() != null) {
            BoxOverlap overlap = BoxOverlap.anyOf(List.of(q.bbox()), database);
            where.and(overlap.sql(), overlap.parameters());
        }
        if (q.challenge() != null) {
            where.andAll(ChallengePrefilter.of(q.challenge(), database));
        }
        return where;
    }

    /**
     * The columns an equality condition of {@code q} fixes and that lead an index ending in the order of {@code order}:
     * owner and status for drafts, the transport type or parent for a published search, both in the "latest" order
     * only; empty otherwise. See {@link SearchOrder#orderBy(String)}.
     */
    static String fixedIndexColumns(SequenceQuery q, SearchOrder order) {
        if (order != SearchOrder.LATEST) {
            return "";
        }
        if (q.draftsOf() != null) {
            return "s.owner_id, s.status, ";
        }
        if (q.transportType() != null) {
            return q.transportType().isParent() ? "s.transport_parent, " : "s.transport_type, ";
        }
        return "";
    }
}
