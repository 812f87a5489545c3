package org.mtp.domain.like;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/** One user's like of one target; at most one per (user, target), so liking twice changes nothing. */
public record Like(UserId user, LikeTarget target, Instant likedAt) {

    public Like {
        Require.notNull("user", user);
        Require.notNull("target", target);
        likedAt = Timestamps.normalize(Require.notNull("liked_at", likedAt));
    }
}
