package org.mtp.adapter.persistence.write.leaderboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.transport.TransportType;

/**
 * Persistence adapter: what one published sequence adds to the leaderboard totals of its owner (photos, whole metres,
 * viewpoints received) and the grains it lands in (transport type and parent, camera keys, UTC capture year and month).
 * Camera keys are the lower-case forms, {@code ""} when unknown; a null capture time counts for all time only (year 0,
 * month 0).
 */
public record SequenceShare(
        UUID owner,
        TransportType transportType,
        String cameraMakeKey,
        String cameraModelKey,
        Instant capturedAt,
        long photos,
        long distanceMetres,
        long viewpoints) {

    /** The key of an unknown camera make or model in the cells. */
    public static final String UNKNOWN_CAMERA = LeaderboardCellJpaId.UNKNOWN_CAMERA;

    /** The transport parent of the parent/year rows that sum every parent. */
    public static final String ALL_PARENTS = LeaderboardParentYearJpaId.ALL_PARENTS;

    /** The capture year of the parent/year rows that sum all time (and hold what has no capture time). */
    public static final int ALL_YEARS = LeaderboardParentYearJpaId.ALL_YEARS;

    public SequenceShare {
        Objects.requireNonNull(owner, "'owner' must not be null");
        Objects.requireNonNull(transportType, "'transportType' must not be null");
        cameraMakeKey = cameraMakeKey == null ? UNKNOWN_CAMERA : cameraMakeKey;
        cameraModelKey = cameraModelKey == null ? UNKNOWN_CAMERA : cameraModelKey;
    }

    /** The domain's share of a published sequence, with the {@code viewpoints} it has received, in the cells' keys. */
    public static SequenceShare of(BoardShare share, long viewpoints) {
        return new SequenceShare(
                share.owner().value(),
                share.transportType(),
                share.cameraMake() == null ? null : share.cameraMake().normalized(),
                share.cameraModel() == null ? null : share.cameraModel().normalized(),
                share.capturedAt(),
                share.photos(),
                share.distance().metres(),
                viewpoints);
    }

    /** The same sequence under another transport type: what an edit of the type moves. */
    public SequenceShare withTransportType(TransportType newType) {
        return new SequenceShare(
                owner, newType, cameraMakeKey, cameraModelKey, capturedAt, photos, distanceMetres, viewpoints);
    }

    /** Only {@code count} viewpoints, in this sequence's grains: what marking (or unmarking) a photo changes. */
    public SequenceShare viewpointsOnly(long count) {
        return new SequenceShare(owner, transportType, cameraMakeKey, cameraModelKey, capturedAt, 0, 0, count);
    }

    String parent() {
        return transportType.family().name();
    }

    /** UTC capture year, or {@value LeaderboardParentYearJpaId#ALL_YEARS} when unknown. */
    int captureYear() {
        return capturedAt == null ? LeaderboardParentYearJpaId.ALL_YEARS : utc().getYear();
    }

    /** UTC capture month as yyyymm, or 0 when unknown. */
    int captureMonth() {
        return capturedAt == null ? 0 : utc().getYear() * 100 + utc().getMonthValue();
    }

    private ZonedDateTime utc() {
        return capturedAt.atZone(ZoneOffset.UTC);
    }
}
