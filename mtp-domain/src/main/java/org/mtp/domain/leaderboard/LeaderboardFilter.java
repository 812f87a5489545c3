package org.mtp.domain.leaderboard;

import java.util.Optional;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.transport.TransportType;

/**
 * Which sequences a global leaderboard counts: published ones, optionally of one transport type (a parent includes its
 * children), one camera make and model (case-insensitive), captured in a period. Null means "any".
 */
public record LeaderboardFilter(
        TransportType transportType, CameraMake cameraMake, CameraModel cameraModel, CapturePeriod period) {

    public static final LeaderboardFilter ALL = new LeaderboardFilter(null, null, null, CapturePeriod.allTime());

    public LeaderboardFilter {
        period = period == null ? CapturePeriod.allTime() : period;
    }

    public boolean isUnfiltered() {
        return transportType == null
                && cameraMake == null
                && cameraModel == null
                && period.range().isEmpty();
    }

    public boolean matches(Sequence s) {
        return s.boardShare().filter(this::matches).isPresent();
    }

    /** Whether a published sequence's share counts on this board. */
    public boolean matches(BoardShare s) {
        if (transportType != null && !transportType.includes(s.transportType())) {
            return false;
        }
        if (cameraMake != null && !cameraMake.matches(s.cameraMake())) {
            return false;
        }
        if (cameraModel != null && !cameraModel.matches(s.cameraModel())) {
            return false;
        }
        return period.contains(s.capturedAt());
    }

    public Optional<TransportType> transport() {
        return Optional.ofNullable(transportType);
    }
}
