package org.mtp.application.model.oauth;

import java.time.Instant;
import org.mtp.domain.common.Require;
import org.mtp.domain.time.Timestamps;

/** A place in the newest-first token order: creation time, then id as the unique tie-break. */
public record TokenPosition(Instant createdAt, AccessTokenId id) {

    public TokenPosition {
        createdAt = Timestamps.normalize(Require.notNull("createdAt", createdAt));
        Require.notNull("id", id);
    }

    /** True when a token at ({@code otherCreatedAt}, {@code otherId}) comes after this position, newest first. */
    public boolean precedes(Instant otherCreatedAt, AccessTokenId otherId) {
        int byTime = otherCreatedAt.compareTo(createdAt);
        return byTime < 0 || (byTime == 0 && otherId.compareTo(id) < 0);
    }
}
