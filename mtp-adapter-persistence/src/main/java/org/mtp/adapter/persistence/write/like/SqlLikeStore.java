package org.mtp.adapter.persistence.write.like;

import java.util.UUID;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: likes of sequences and tours (their counts are the derived data's). Each toggle first locks the
 * target's row, so toggles of one target queue: the "is it there?" of the insert-if-absent and of the delete then sees
 * every committed toggle, no update is lost, and what a toggle answers is exact, on both databases alike.
 */
public final class SqlLikeStore implements LikeStore {

    private final Jdbc jdbc;

    public SqlLikeStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Like like) {
        Target target = Target.of(like.target());
        lock(target);
        int added = jdbc.update(
                "INSERT INTO " + target.likes() + " (user_id, " + target.column() + ", created_at)"
                        + " SELECT CAST(? AS UUID), CAST(? AS UUID), CAST(? AS TIMESTAMP(3) WITH TIME ZONE) FROM "
                        + target.table()
                        + " WHERE id = ? AND NOT EXISTS (SELECT 1 FROM " + target.likes() + " WHERE user_id = ? AND "
                        + target.column() + " = ?)",
                like.user().value(),
                target.id(),
                like.likedAt(),
                target.id(),
                like.user().value(),
                target.id());
        return added == 1;
    }

    @Override
    public boolean remove(UserId user, LikeTarget likeTarget) {
        Target target = Target.of(likeTarget);
        lock(target);
        int removed = jdbc.update(
                "DELETE FROM " + target.likes() + " WHERE user_id = ? AND " + target.column() + " = ?",
                user.value(),
                target.id());
        return removed == 1;
    }

    @Override
    public boolean exists(UserId user, LikeTarget likeTarget) {
        Target target = Target.of(likeTarget);
        return jdbc.first(
                        "SELECT 1 AS found FROM " + target.likes() + " WHERE user_id = ? AND " + target.column()
                                + " = ?",
                        row -> true,
                        user.value(),
                        target.id())
                .isPresent();
    }

    /** Queues this toggle behind every other toggle of the same target; a missing target has nothing to lock. */
    private void lock(Target target) {
        jdbc.first("SELECT id FROM " + target.table() + " WHERE id = ? FOR UPDATE", row -> true, target.id());
    }

    /** Where a target's row and its likes live. */
    private record Target(String table, String likes, String column, UUID id) {
        static Target of(LikeTarget target) {
            if (target instanceof LikeTarget.OfSequence s) {
                return new Target("sequences", "sequence_likes", "sequence_id", s.id().value());
            }
            LikeTarget.OfTour t = (LikeTarget.OfTour) target;
            return new Target("tours", "tour_likes", "tour_id", t.id().value());
        }
    }
}
