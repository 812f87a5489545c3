package org.mtp.adapter.persistence.write.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Persistence adapter: one row of {@code challenge_camera_makes}, a camera make as given and its lower-case key. */
@Embeddable
record ChallengeCameraMakeJpaValue(
    @Column(name = "camera_make", nullable = false, length = 100) String cameraMake,
    @Column(name = "camera_make_key", nullable = false, length = 100) String cameraMakeKey) {}
