package org.mtp.adapter.persistence.write.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.mtp.domain.common.Limits;

/** Persistence adapter: one row of {@code challenge_camera_makes}, a camera make as given and its lower-case key. */
@Embeddable
record ChallengeCameraMakeJpaValue(
        @Column(name = "camera_make", nullable = false, length = Limits.CAMERA_MAX)
        String cameraMake,

        @Column(name = "camera_make_key", nullable = false, length = Limits.CAMERA_MAX)
        String cameraMakeKey) {}
