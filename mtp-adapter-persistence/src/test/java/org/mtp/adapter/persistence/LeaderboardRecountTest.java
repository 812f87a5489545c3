package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.testing.DatabaseStoreWorld;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TotalsRecount;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.LeaderboardTally;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * After a long, seeded, mixed series of writes through the stores and the derived data, as the use cases make them
 * (imports, publications of drafts, edits of the transport type, deletions, viewpoints marked and unmarked, likes and
 * unlikes of sequences and tours), every maintained total and counter equals a recount from the base tables, and every
 * board equals the domain's reference computation over the same sequences.
 */
class LeaderboardRecountTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final int OPERATIONS = 400;
    private static final TransportType[] TYPES = TransportType.values();
    private static final String[][] CAMERAS = {
        {"GoPro", "HERO9 Black"}, {"gopro", "Max"}, {"Sony", "A7"}, {null, null}, {"DJI", null}
    };

    private final Random random = new Random(20_241_125);
    private final Map<UserId, Username> users = new LinkedHashMap<>();
    private final Map<SequenceId, Sequence> sequences = new LinkedHashMap<>();
    private final Map<SequenceId, Long> viewpoints = new HashMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Tour> tours = new ArrayList<>();
    private DatabaseStoreWorld world;

    private record Mark(UserId marker, SequenceId sequence, ImageKey photo) {}

    @ParameterizedTest
    @EnumSource(Database.class)
    void afterMixedWrites_everyTotalAndCounterEqualsARecount_andEveryBoardEqualsTheReference(Database database)
            throws SQLException {
        world = DatabaseStoreWorld.emptied(DB.context(database));
        for (String name : List.of("Ann", "bob", "Cleo", "dan-1", "dan_1", "eve", "Fay", "gus")) {
            UserId id = UserId.of(UUID.randomUUID());
            world.addUser(id, Username.of(name));
            users.put(id, Username.of(name));
        }
        for (int i = 0; i < 25; i++) {
            importOne();
        }
        for (int i = 0; i < OPERATIONS; i++) {
            switch (random.nextInt(10)) {
                case 0, 1 -> importOne();
                case 2 -> publishADraft();
                case 3 -> editTransport();
                case 4 -> deleteOne();
                case 5, 6 -> mark();
                case 7 -> unmark();
                case 8 -> likeOrUnlike();
                default -> tourAndLike();
            }
        }

        DataSource ds = world.dataSource();
        assertThat(Sql.rows(ds, TotalsRecount.cells()))
                .as("a data set worth checking")
                .hasSizeGreaterThan(100);
        assertThat(viewpoints.values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThan(20);
        assertThat(Sql.number(ds, "SELECT COUNT(*) FROM sequences WHERE status = 'PUBLISHED' AND captured_at IS NULL"))
                .isPositive();
        assertThat(Sql.number(ds, "SELECT COUNT(*) FROM sequence_likes")).isPositive();
        assertThat(Sql.rows(ds, TotalsRecount.counterMismatches())).isEmpty();
        assertThat(nonZero(ds, "user_totals", TotalsRecount.USER_TOTALS_COLUMNS))
                .containsExactlyInAnyOrderElementsOf(Sql.rows(ds, TotalsRecount.userTotals()));
        assertThat(nonZero(ds, "leaderboard_parent_years", TotalsRecount.PARENT_YEARS_COLUMNS))
                .containsExactlyInAnyOrderElementsOf(Sql.rows(ds, TotalsRecount.parentYears()));
        assertThat(nonZero(ds, "leaderboard_cells", TotalsRecount.CELLS_COLUMNS))
                .containsExactlyInAnyOrderElementsOf(Sql.rows(ds, TotalsRecount.cells()));
        for (LeaderboardFilter filter : filters()) {
            for (LeaderboardMetric metric : LeaderboardMetric.values()) {
                assertThat(board(filter, metric)).as("%s by %s", filter, metric).isEqualTo(reference(filter, metric));
            }
        }
    }

    private static List<List<String>> nonZero(DataSource ds, String table, String columns) throws SQLException {
        return Sql.rows(
                ds,
                "SELECT " + columns + " FROM " + table + " WHERE photos <> 0 OR distance_m <> 0 OR viewpoints <> 0");
    }

    private List<RankedRow<UserTotals>> board(LeaderboardFilter filter, LeaderboardMetric metric) {
        List<RankedRow<UserTotals>> all = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        while (true) {
            PageRequest current = request;
            Page<RankedRow<UserTotals>> page =
                    world.unitOfWork().inTransaction(() -> world.leaderboards().read(filter, metric, current));
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = new PageRequest(3, page.nextCursor());
        }
    }

    private List<RankedRow<UserTotals>> reference(LeaderboardFilter filter, LeaderboardMetric metric) {
        return CompetitionRanking.rank(
                LeaderboardTally.tally(
                        sequences.values(), filter, s -> viewpoints.getOrDefault(s.id(), 0L), users::get),
                metric);
    }

    private static List<LeaderboardFilter> filters() {
        List<LeaderboardFilter> filters = new ArrayList<>();
        filters.add(LeaderboardFilter.ALL);
        for (TransportType parent : TransportType.parents()) {
            filters.add(new LeaderboardFilter(parent, null, null, null));
            filters.add(new LeaderboardFilter(parent, null, null, CapturePeriod.year(2023)));
        }
        for (int year = 2022; year <= 2024; year++) {
            filters.add(new LeaderboardFilter(null, null, null, CapturePeriod.year(year)));
        }
        filters.add(new LeaderboardFilter(TransportType.BICYCLE, null, null, null));
        filters.add(new LeaderboardFilter(TransportType.KAYAK, null, null, CapturePeriod.year(2024)));
        filters.add(new LeaderboardFilter(null, CameraMake.of("GOPRO"), null, null));
        filters.add(
                new LeaderboardFilter(null, CameraMake.of("gopro"), CameraModel.of("max"), CapturePeriod.year(2023)));
        filters.add(new LeaderboardFilter(null, null, CameraModel.of("a7"), null));
        filters.add(new LeaderboardFilter(null, null, null, CapturePeriod.month(YearMonth.of(2023, 6))));
        filters.add(new LeaderboardFilter(
                TransportType.EARTH,
                null,
                null,
                CapturePeriod.custom(
                        TimeRange.of(Instant.parse("2022-11-10T07:00:00Z"), Instant.parse("2024-02-20T13:30:00Z")))));
        return filters;
    }

    /** Stores {@code s} and hands over what it recorded, as the use cases do. */
    private void save(Sequence s) {
        world.sequences().save(s);
        world.derivedData().record(s.takeEvents());
    }

    private UserId anyUser() {
        return new ArrayList<>(users.keySet()).get(random.nextInt(users.size()));
    }

    private Sequence anyPublished() {
        List<Sequence> published =
                sequences.values().stream().filter(Sequence::isPublished).toList();
        return published.isEmpty() ? null : published.get(random.nextInt(published.size()));
    }

    private TestSequences.Builder randomSequence(UserId owner) {
        String[] camera = CAMERAS[random.nextInt(CAMERAS.length)];
        TestSequences.Builder builder = TestSequences.aSequence()
                .owner(owner)
                .transport(TYPES[random.nextInt(TYPES.length)])
                .camera(camera[0], camera[1]);
        int photos = 1 + random.nextInt(6);
        GeoPoint[] points = new GeoPoint[photos];
        double lon = random.nextDouble() * 20;
        double lat = 40 + random.nextDouble() * 10;
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(lon + i * random.nextDouble() * 0.01, lat + i * random.nextDouble() * 0.01);
        }
        if (random.nextInt(10) == 0) {
            List<Photo> timeless = new ArrayList<>();
            for (int i = 0; i < photos; i++) {
                timeless.add(TestPhotos.photo("t" + i, points[i].lon(), points[i].lat()));
            }
            return builder.photos(timeless);
        }
        Instant at = Instant.parse("2022-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86_400));
        return builder.capturedAt(at).points(points);
    }

    private void importOne() {
        Sequence s = randomSequence(anyUser()).build();
        world.unitOfWork().run(() -> save(s));
        sequences.put(s.id(), s);
    }

    private void publishADraft() {
        UserId owner = anyUser();
        TestSequences.Builder builder = randomSequence(owner);
        Sequence draft = builder.buildDraft();
        world.unitOfWork().run(() -> save(draft));
        Sequence published = world.unitOfWork().inTransaction(() -> {
            Sequence s = world.sequences().findById(draft.id()).orElseThrow();
            s.attachMapillary(owner, builder.id(draft.id()).mapillary(), Instant.parse("2024-12-01T00:00:00Z"));
            save(s);
            return s;
        });
        sequences.put(published.id(), published);
    }

    private void editTransport() {
        Sequence target = anyPublished();
        if (target == null) {
            return;
        }
        TransportType type = TYPES[random.nextInt(TYPES.length)];
        Sequence edited = world.unitOfWork().inTransaction(() -> {
            Sequence s = world.sequences().findById(target.id()).orElseThrow();
            SequenceDetails d = s.details();
            s.edit(s.owner(), SequenceDetails.of(d.name() + "!", d.description(), type, d.tags()));
            save(s);
            return s;
        });
        sequences.put(edited.id(), edited);
    }

    private void deleteOne() {
        Sequence target = anyPublished();
        if (target == null || random.nextBoolean()) {
            return;
        }
        world.unitOfWork().run(() -> {
            Sequence s = world.sequences().findById(target.id()).orElseThrow();
            s.delete(s.owner());
            world.derivedData().record(s.takeEvents());
            world.sequences().delete(target.id());
        });
        sequences.remove(target.id());
        viewpoints.remove(target.id());
        marks.removeIf(m -> m.sequence().equals(target.id()));
    }

    private void mark() {
        Sequence target = anyPublished();
        UserId marker = anyUser();
        if (target == null || marker.equals(target.owner())) {
            return;
        }
        ImageKey photo =
                target.photos().get(random.nextInt(target.photos().size())).key();
        boolean added = world.unitOfWork().inTransaction(() -> {
            Viewpoint viewpoint = target.viewpointBy(marker, photo, Instant.parse("2024-12-02T00:00:00Z"));
            boolean stored = world.viewpoints().add(viewpoint);
            if (stored) {
                world.derivedData().record(viewpoint.marked());
            }
            return stored;
        });
        if (added) {
            marks.add(new Mark(marker, target.id(), photo));
            viewpoints.merge(target.id(), 1L, Long::sum);
        }
    }

    private void unmark() {
        if (marks.isEmpty()) {
            return;
        }
        Mark mark = marks.remove(random.nextInt(marks.size()));
        assertThat(world.unitOfWork().inTransaction(() -> {
                    boolean removed = world.viewpoints().remove(mark.marker(), mark.sequence(), mark.photo());
                    if (removed) {
                        world.derivedData()
                                .record(new DomainEvent.ViewpointRemoved(mark.sequence(), mark.photo(), mark.marker()));
                    }
                    return removed;
                }))
                .isTrue();
        viewpoints.merge(mark.sequence(), -1L, Long::sum);
    }

    private void likeOrUnlike() {
        Sequence target = anyPublished();
        UserId fan = anyUser();
        if (target == null || fan.equals(target.owner())) {
            return;
        }
        LikeTarget liked = LikeTarget.sequence(target.id());
        world.unitOfWork().run(() -> {
            if (world.likes().add(new Like(fan, liked, Instant.parse("2024-12-03T00:00:00Z")))) {
                world.derivedData().record(new DomainEvent.Liked(liked, fan));
            } else if (world.likes().remove(fan, liked)) {
                world.derivedData().record(new DomainEvent.Unliked(liked, fan));
            }
        });
    }

    private void tourAndLike() {
        Sequence member = anyPublished();
        if (member == null) {
            return;
        }
        Tour tour = TestTours.tourOf(member.owner(), member);
        UserId fan = anyUser();
        world.unitOfWork().run(() -> {
            world.tours().save(tour);
            if (!fan.equals(member.owner())
                    && world.likes()
                            .add(new Like(fan, LikeTarget.tour(tour.id()), Instant.parse("2024-12-04T00:00:00Z")))) {
                world.derivedData().record(new DomainEvent.Liked(LikeTarget.tour(tour.id()), fan));
            }
        });
        tours.add(tour);
    }
}
