package org.mtp.adapter.persistence.write.derived;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.leaderboard.LeaderboardTotals;
import org.mtp.adapter.persistence.write.leaderboard.SequenceShare;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.transport.TransportType;

/**
 * Persistence adapter: the derived data, kept in the transaction of the use case that hands the facts over, by SQL
 * increments that never read a count into Java and write it back: like and viewpoint counters on the rows they count
 * for, the leaderboard totals ({@link LeaderboardTotals}), and the sequence's revision, which {@link #moveSequence}
 * moves on for every fact about a sequence that stays (the one statement that does). The sequence row is locked before
 * any total, the order every writer keeps.
 */
public final class SqlDerivedData implements DerivedData {

    private final Jdbc jdbc;
    private final LeaderboardTotals totals;
    private final MapPositions map;

    public SqlDerivedData(Jdbc jdbc, LeaderboardTotals totals) {
        this.jdbc = jdbc;
        this.totals = totals;
        this.map = new MapPositions(jdbc);
    }

    @Override
    public void record(List<DomainEvent> events) {
        events.forEach(this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof DomainEvent.SequencePublished e) {
            moveSequence(e.sequence(), 0, 0);
            totals.add(SequenceShare.of(e.share(), 0));
            map.place(e.sequence());
        } else if (event instanceof DomainEvent.SequenceChanged e) {
            moveSequence(e.sequence(), 0, 0);
        } else if (event instanceof DomainEvent.TransportChanged e) {
            moveSequence(e.sequence(), 0, 0);
            SequenceShare now = SequenceShare.of(e.share(), locked(e.sequence()).viewpoints());
            totals.move(now.withTransportType(e.from()), now);
        } else if (event instanceof DomainEvent.SequenceDeleted e) {
            takeBack(e.sequence());
        } else if (event instanceof DomainEvent.ViewpointMarked e) {
            viewpoints(e.sequence(), e.photo(), 1);
        } else if (event instanceof DomainEvent.ViewpointRemoved e) {
            viewpoints(e.sequence(), e.photo(), -1);
        } else if (event instanceof DomainEvent.Liked e) {
            likes(e.target(), 1);
        } else if (event instanceof DomainEvent.Unliked e) {
            likes(e.target(), -1);
        }
    }

    /**
     * The one statement that moves a sequence's revision: with its like and viewpoint counters, since every fact about
     * a sequence changes what its view shows.
     */
    private void moveSequence(SequenceId sequence, long likes, long viewpoints) {
        jdbc.update(
                "UPDATE sequences SET like_count = like_count + ?, viewpoint_count = viewpoint_count + ?,"
                        + " revision = revision + 1 WHERE id = ?",
                likes,
                viewpoints,
                sequence.value());
    }

    /** Takes a published sequence's share, with the viewpoints it holds now, out of every total before it goes. */
    private void takeBack(SequenceId sequence) {
        lockedRow(sequence).filter(LockedRow::published).ifPresent(row -> {
            totals.subtract(row.share());
            map.remove(sequence);
        });
    }

    private void viewpoints(SequenceId sequence, ImageKey photo, int change) {
        SequenceShare share = locked(sequence);
        jdbc.update(
                "UPDATE photos SET viewpoint_count = viewpoint_count + ? WHERE sequence_id = ? AND image_key = ?",
                change,
                sequence.value(),
                photo.value());
        moveSequence(sequence, 0, change);
        if (change > 0) {
            totals.add(share.viewpointsOnly(change));
        } else {
            totals.subtract(share.viewpointsOnly(-change));
        }
    }

    private void likes(LikeTarget target, int change) {
        if (target instanceof LikeTarget.OfSequence s) {
            moveSequence(s.id(), change, 0);
        } else if (target instanceof LikeTarget.OfTour t) {
            // Tours keep no revision: a tour's view is not cached anywhere.
            jdbc.update("UPDATE tours SET like_count = like_count + ? WHERE id = ?", change, t.id().value());
        }
    }

    /** The published sequence's share under its row's lock; one deleted meanwhile is not found. */
    private SequenceShare locked(SequenceId sequence) {
        LockedRow row = lockedRow(sequence).orElseThrow(() -> new NotFoundException("sequence", sequence));
        if (!row.published()) {
            throw new IllegalStateException("only a published sequence has a share of the totals");
        }
        return row.share();
    }

    private Optional<LockedRow> lockedRow(SequenceId sequence) {
        return jdbc.first(
                "SELECT owner_id, status, transport_type, camera_make_key, camera_model_key, captured_at, photo_count,"
                        + " distance_m, viewpoint_count FROM sequences WHERE id = ? FOR UPDATE",
                row -> new LockedRow(
                        "PUBLISHED".equals(row.string("status")),
                        new SequenceShare(
                                row.uuid("owner_id"),
                                TransportType.valueOf(row.string("transport_type")),
                                row.string("camera_make_key"),
                                row.string("camera_model_key"),
                                row.instant("captured_at"),
                                row.number("photo_count"),
                                row.number("distance_m"),
                                row.number("viewpoint_count"))),
                sequence.value());
    }

    @Override
    public long likeCount(LikeTarget target) {
        String table = target instanceof LikeTarget.OfTour ? "tours" : "sequences";
        Object id = target instanceof LikeTarget.OfTour t
                ? t.id().value()
                : ((LikeTarget.OfSequence) target).id().value();
        return jdbc.first("SELECT like_count FROM " + table + " WHERE id = ?", row -> row.number("like_count"), id)
                .orElse(0L);
    }

    @Override
    public Map<TourId, Long> tourLikeCounts(Collection<TourId> tours) {
        Map<TourId, Long> counts = new HashMap<>();
        tours.forEach(tour -> counts.put(tour, 0L));
        if (!counts.isEmpty()) {
            jdbc.list(
                            "SELECT id, like_count FROM tours WHERE id IN (" + Conditions.placeholders(counts.size())
                                    + ")",
                            row -> Map.entry(TourId.of(row.uuid("id")), row.number("like_count")),
                            counts.keySet().stream().map(TourId::value).toArray())
                    .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        }
        return counts;
    }

    @Override
    public long viewpointsOnPhoto(SequenceId sequence, ImageKey photo) {
        return jdbc.first(
                        "SELECT viewpoint_count FROM photos WHERE sequence_id = ? AND image_key = ?",
                        row -> row.number("viewpoint_count"),
                        sequence.value(),
                        photo.value())
                .orElse(0L);
    }

    /** A sequence row read under its lock: whether it counts on the boards, and what it adds to them. */
    private record LockedRow(boolean published, SequenceShare share) {}
}
