package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;
import org.mtp.domain.common.Limits;

/**
 * Persistence adapter: the key of a {@code leaderboard_cells} row: user, transport type, camera make and model keys
 * ({@value #UNKNOWN_CAMERA} when unknown) and UTC capture month as yyyymm.
 */
@Embeddable
record LeaderboardCellJpaId(
        @Column(name = "user_id", nullable = false, updatable = false)
        UUID userId,
        // The transport type as its enum constant's name: no limit in the domain, the width fits the longest.
        @Column(name = "transport_type", nullable = false, updatable = false, length = 32)
        String transportType,

        @Column(name = "camera_make_key", nullable = false, updatable = false, length = Limits.CAMERA_MAX)
        String cameraMakeKey,

        @Column(name = "camera_model_key", nullable = false, updatable = false, length = Limits.CAMERA_MAX)
        String cameraModelKey,

        @Column(name = "capture_month", nullable = false, updatable = false)
        int captureMonth)
        implements Serializable {

    static final String UNKNOWN_CAMERA = "";
}
