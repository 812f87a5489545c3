package org.mtp.adapter.persistence.read.challenge;

import java.time.Instant;
import java.util.UUID;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Persistence adapter: a candidate sequence's row as read, before its packed track is decoded. */
record CandidateRow(UUID owner, String transportType, String cameraMake, Instant capturedAt, byte[] track) {

    ChallengeCandidate decode() {
        return new ChallengeCandidate(
                UserId.of(owner),
                TransportType.valueOf(transportType),
                cameraMake == null ? null : CameraMake.of(cameraMake),
                capturedAt,
                CandidatePhotos.decode(track));
    }
}
