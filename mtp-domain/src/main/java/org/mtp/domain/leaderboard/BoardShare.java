package org.mtp.domain.leaderboard;

import java.time.Instant;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * What one published sequence adds to its owner's global board totals (photos and distance; the viewpoints it receives
 * are counted apart) and what a board filters it by. Camera make, model and capture time are null when unknown.
 */
public record BoardShare(
        UserId owner,
        TransportType transportType,
        CameraMake cameraMake,
        CameraModel cameraModel,
        Instant capturedAt,
        int photos,
        Distance distance) {

    public BoardShare {
        Require.notNull("owner", owner);
        Require.notNull("transport_type", transportType);
        Require.notNull("distance", distance);
        Require.that(photos >= 0, "photos", "must not be negative");
    }

    /** The same share under another transport type: what an edit of the type moves between grains. */
    public BoardShare withTransportType(TransportType type) {
        return new BoardShare(owner, type, cameraMake, cameraModel, capturedAt, photos, distance);
    }
}
