package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/**
 * Persistence adapter: the key of a {@code leaderboard_parent_years} row: user, transport parent (or
 * {@value #ALL_PARENTS}) and UTC capture year (or {@value #ALL_YEARS} for all time).
 */
@Embeddable
record LeaderboardParentYearJpaId(
        @Column(name = "user_id", nullable = false, updatable = false)
        UUID userId,
        // A parent transport type's enum name or ALL: no limit in the domain, the width fits the longest.
        @Column(name = "transport_parent", nullable = false, updatable = false, length = 16)
        String transportParent,

        @Column(name = "capture_year", nullable = false, updatable = false)
        int captureYear)
        implements Serializable {

    static final String ALL_PARENTS = "ALL";
    static final int ALL_YEARS = 0;
}
