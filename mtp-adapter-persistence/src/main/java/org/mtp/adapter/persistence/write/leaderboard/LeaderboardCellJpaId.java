package org.mtp.adapter.persistence.write.leaderboard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.UUID;

/**
 * Persistence adapter: the key of a {@code leaderboard_cells} row: user, transport type, camera make and model keys
 * ({@value #UNKNOWN_CAMERA} when unknown) and UTC capture month as yyyymm.
 */
@Embeddable
record LeaderboardCellJpaId(
    @Column(name = "user_id", nullable = false, updatable = false) UUID userId,
    @Column(name = "transport_type", nullable = false, updatable = false, length = 32) String transportType,
    @Column(name = "camera_make_key", nullable = false, updatable = false, length = 100) String cameraMakeKey,
    @Column(name = "camera_model_key", nullable = false, updatable = false, length = 100) String cameraModelKey,
    @Column(name = "capture_month", nullable = false, updatable = false) int captureMonth) implements Serializable {

  static final String UNKNOWN_CAMERA = "";
}
