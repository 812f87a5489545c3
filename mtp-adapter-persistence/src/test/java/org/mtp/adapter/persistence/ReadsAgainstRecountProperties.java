package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.RecountedWorld;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.service.challenge.Candidates;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.time.CapturePeriod;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Every read (the global boards in all their filter shapes, search, challenge boards) equals a recount of what the use
 * cases were asked to do, with many filter values asked in turn and again on one long-lived database: all tries of a
 * property share ONE database and ONE connection pool per product, so the same statements run again on the same
 * connections with other values (as a running service does). More tries: {@code -Djqwik.tries=N}.
 */
class ReadsAgainstRecountProperties {

    private static final PersistenceExtension DATABASES = new PersistenceExtension();

    static final List<TransportType> TYPES = List.of(
            TransportType.WALK,
            TransportType.BICYCLE,
            TransportType.CAR,
            TransportType.SKI,
            TransportType.SNOWSHOE,
            TransportType.KAYAK,
            TransportType.SWIM,
            TransportType.EARTH);
    static final String[][] CAMERAS = {
        {"GoPro", "HERO9 Black"}, {"gopro", "Max"}, {"Sony", "A7"}, {"Ricoh", "Theta Z1"}, {"DJI", null}, {null, null}
    };
    static final List<TimeRange> RANGES = List.of(
            TimeRange.of(Instant.parse("2022-11-10T07:00:00Z"), Instant.parse("2024-02-20T13:30:00Z")),
            TimeRange.of(Instant.parse("2023-03-01T00:00:00Z"), Instant.parse("2023-09-01T00:00:00Z")),
            TimeRange.of(Instant.parse("2023-06-15T12:00:00Z"), Instant.parse("2023-07-15T12:00:00Z")));
    static final Instant FIRST_CAPTURE = Instant.parse("2022-01-01T00:00:00Z");
    static final Instant LAST_CAPTURE = Instant.parse("2024-12-31T23:00:00Z");

    @AfterContainer
    static void closeDatabases() {
        DATABASES.closeAll();
    }

    @Property
    void boardsOnH2_equalTheRecount_afterEveryStep(@ForAll("boardScripts") List<Step> script) {
        run(Database.H2, script);
    }

    @Property
    void boardsOnPostgreSql_equalTheRecount_afterEveryStep(@ForAll("boardScripts") List<Step> script) {
        run(Database.POSTGRESQL, script);
    }

    @Property
    void searchAndChallengeBoardsOnH2_equalTheRecount(@ForAll("searchScripts") List<Step> script) {
        run(Database.H2, script);
    }

    @Property
    void searchAndChallengeBoardsOnPostgreSql_equalTheRecount(@ForAll("searchScripts") List<Step> script) {
        run(Database.POSTGRESQL, script);
    }

    @Property
    void sequenceMapOnH2_equalsTheRecount(@ForAll("mapScripts") List<Step> script) {
        run(Database.H2, script);
    }

    @Property
    void sequenceMapOnPostgreSql_equalsTheRecount(@ForAll("mapScripts") List<Step> script) {
        run(Database.POSTGRESQL, script);
    }

    /**
     * The counterexample the board properties shrank to on the code before the fix (docs/persistence.md): after one
     * walk, the walk board and then the bicycle board; H2 answered the walker's row on the bicycle board too.
     */
    @Example
    void oneWalk_thenTheWalkAndBicycleBoardsInTurn_answerEachTheirOwn_onH2() {
        run(Database.H2, staleBoardCounterexample());
    }

    @Example
    void oneWalk_thenTheWalkAndBicycleBoardsInTurn_answerEachTheirOwn_onPostgreSql() {
        run(Database.POSTGRESQL, staleBoardCounterexample());
    }

    private static List<Step> staleBoardCounterexample() {
        return List.of(
                new Publish(0, TransportType.WALK, 0, Instant.parse("2022-01-01T00:00:00Z"), 1, 0.0, 40.0),
                new InTurn(List.of(
                        new ReadBoard(
                                new LeaderboardFilter(TransportType.WALK, null, null, CapturePeriod.allTime()),
                                LeaderboardMetric.PHOTOS,
                                1),
                        new ReadBoard(
                                new LeaderboardFilter(TransportType.BICYCLE, null, null, CapturePeriod.allTime()),
                                LeaderboardMetric.PHOTOS,
                                1))));
    }

    static void run(Database database, List<Step> script) {
        RecountedWorld world = RecountedWorld.on(DATABASES.context(database));
        for (Step step : script) {
            step.apply(world);
        }
    }

    @Provide
    Arbitrary<List<Step>> boardScripts() {
        return Arbitraries.frequencyOf(Tuple.of(6, publishes()), Tuple.of(3, writes()), Tuple.of(8, boardReads()))
                .list()
                .ofMinSize(2)
                .ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Step>> searchScripts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(6, publishes()),
                        Tuple.of(3, writes()),
                        Tuple.of(2, challenges()),
                        Tuple.of(5, searches()),
                        Tuple.of(4, challengeReads()))
                .list()
                .ofMinSize(2)
                .ofMaxSize(40);
    }

    /**
     * Publications anywhere on Earth and in one crowded city, deletions, and map views from the whole world to a street
     * at every zoom, several in turn: kept cells (zoom 10 and below) and grouped points (above) alike.
     */
    @Provide
    Arbitrary<List<Step>> mapScripts() {
        Arbitrary<Step> anywhere = Combinators.combine(
                        users(),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.doubles().between(-180, 179.99).ofScale(4),
                        Arbitraries.doubles().between(-89.9, 89.9).ofScale(4))
                .as((owner, photos, lon, lat) ->
                        new Publish(owner, TransportType.WALK, 0, FIRST_CAPTURE, photos, lon, lat));
        Arbitrary<Step> inParis = Combinators.combine(
                        users(),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.doubles().between(2.30, 2.40).ofScale(5),
                        Arbitraries.doubles().between(48.82, 48.90).ofScale(5))
                .as((owner, photos, lon, lat) ->
                        new Publish(owner, TransportType.WALK, 0, FIRST_CAPTURE, photos, lon, lat));
        Arbitrary<Step> deletes = Arbitraries.integers().between(0, 1_000).map(Delete::new);
        Arbitrary<BoundingBox> views = Arbitraries.oneOf(
                Arbitraries.just(new BoundingBox(-180, -90, 180, 90)),
                Arbitraries.just(new BoundingBox(2.30, 48.82, 2.40, 48.92)),
                Combinators.combine(
                                Arbitraries.doubles().between(-180, 179).ofScale(3),
                                Arbitraries.doubles().between(-90, 89).ofScale(3),
                                Arbitraries.doubles().between(0.001, 120).ofScale(3))
                        .as((lon, lat, size) ->
                                new BoundingBox(lon, lat, Math.min(180, lon + size), Math.min(90, lat + size / 2))));
        Arbitrary<Step> reads = Combinators.combine(
                        views, Arbitraries.integers().between(0, 22))
                .as((view, zoom) -> (Step) new ReadMap(view, zoom))
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(InTurn::new);
        return Arbitraries.frequencyOf(
                        Tuple.of(4, anywhere), Tuple.of(4, inParis), Tuple.of(2, deletes), Tuple.of(5, reads))
                .list()
                .ofMinSize(2)
                .ofMaxSize(25);
    }

    /** One thing the script does to the world, or one read it checks against the recount. */
    sealed interface Step {
        void apply(RecountedWorld world);
    }

    /** Publishes a sequence of {@code photos} photos from ({@code lon}, {@code lat}), a second and ~100 m apart. */
    record Publish(int owner, TransportType type, int camera, Instant capturedAt, int photos, double lon, double lat)
            implements Step {
        @Override
        public void apply(RecountedWorld world) {
            GeoPoint[] points = new GeoPoint[photos];
            for (int i = 0; i < photos; i++) {
                points[i] = GeoPoint.of(lon + i * 0.001, lat + i * 0.0005);
            }
            world.publish(TestSequences.aSequence()
                    .owner(world.users().get(owner))
                    .transport(type)
                    .camera(CAMERAS[camera][0], CAMERAS[camera][1])
                    .capturedAt(capturedAt)
                    .points(points));
        }
    }

    record EditTransport(int sequence, TransportType type) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            pick(world.published(), sequence).ifPresent(s -> world.editTransport(s, type));
        }
    }

    record Delete(int sequence) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            pick(world.published(), sequence).ifPresent(world::delete);
        }
    }

    record MarkViewpoint(int marker, int sequence, int photo) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            pick(world.published(), sequence)
                    .ifPresent(s -> world.mark(
                            world.users().get(marker),
                            s,
                            s.photos().get(photo % s.photos().size()).key()));
        }
    }

    record Unmark(int mark) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            pick(world.marks(), mark).ifPresent(world::unmark);
        }
    }

    record ToggleLike(int liker, int sequence) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            pick(world.published(), sequence)
                    .ifPresent(s -> world.toggleLike(world.users().get(liker), s));
        }
    }

    /** Reads asked in turn and then again (a, b, a, b): a stale answer to a re-run statement cannot pass. */
    record InTurn(List<Step> reads) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            for (int round = 0; round < 2; round++) {
                for (Step read : reads) {
                    read.apply(world);
                }
            }
        }
    }

    /** A whole board, page by page, and then each user's row on it asked directly. */
    record ReadBoard(LeaderboardFilter filter, LeaderboardMetric metric, int pageSize) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            List<RankedRow<UserTotals>> recounted = world.recountedBoard(filter, metric);
            assertThat(world.board(filter, metric, pageSize))
                    .as("%s board, %s, pages of %d", metric, filter, pageSize)
                    .isEqualTo(recounted);
            for (UserId user : world.users()) {
                assertThat(world.rowOf(filter, metric, user))
                        .as("row of %s on the %s board, %s", world.usernameOf(user), metric, filter)
                        .isEqualTo(recounted.stream()
                                .filter(row -> row.entry().user().equals(user))
                                .findFirst());
            }
        }
    }

    /** The sequence map of a view at a zoom. */
    record ReadMap(BoundingBox view, int zoom) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            assertThat(world.map(view, zoom))
                    .as("map of %s at zoom %d", view, zoom)
                    .isEqualTo(world.recountedMap(view, zoom));
        }
    }

    /** A challenge over a square area of {@code size} degrees, open for {@code months} months. */
    record CreateChallenge(
            int owner,
            GeoPoint corner,
            double size,
            YearMonth start,
            int months,
            Set<TransportType> types,
            Set<String> makes,
            ChallengeMetric metric)
            implements Step {
        @Override
        public void apply(RecountedWorld world) {
            double lon = corner.lon();
            double lat = corner.lat();
            LinearRing ring = LinearRing.of(List.of(
                    GeoPoint.of(lon, lat),
                    GeoPoint.of(lon + size, lat),
                    GeoPoint.of(lon + size, lat + size),
                    GeoPoint.of(lon, lat + size),
                    GeoPoint.of(lon, lat)));
            TimeRange window = TimeRange.of(
                    start.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    start.plusMonths(months).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            world.createChallenge(new CreateChallengeUseCase.Command(
                    world.users().get(owner),
                    "Challenge",
                    null,
                    Polygon.of(ring),
                    window,
                    types,
                    makes.stream().map(CameraMake::of).collect(Collectors.toSet()),
                    metric));
        }
    }

    /** Every challenge's board, one after the other. */
    record ReadChallengeBoards(int pageSize) implements Step {
        @Override
        public void apply(RecountedWorld world) {
            for (Challenge c : world.challenges()) {
                assertThat(world.challengeBoard(c.id(), pageSize))
                        .as("board of %s, pages of %d", c.settings(), pageSize)
                        .isEqualTo(world.recountedChallengeBoard(c));
            }
        }
    }

    /** A search by owner, transport, camera, capture range, area and challenge (each optional), in one sort. */
    record Search(
            Integer owner,
            TransportType type,
            String make,
            String model,
            TimeRange captured,
            BoundingBox bbox,
            Integer challenge,
            SequenceSort sort,
            int pageSize)
            implements Step {
        @Override
        public void apply(RecountedWorld world) {
            UserId user = owner == null ? null : world.users().get(owner);
            Challenge within = challenge == null
                    ? null
                    : pick(world.challenges(), challenge).orElse(null);
            CameraMake cameraMake = make == null ? null : CameraMake.of(make);
            CameraModel cameraModel = model == null ? null : CameraModel.of(model);
            SearchSequencesUseCase.Query query = new SearchSequencesUseCase.Query(
                    null,
                    null,
                    user == null ? null : world.usernameOf(user),
                    null,
                    type,
                    cameraMake,
                    cameraModel,
                    null,
                    captured,
                    bbox,
                    within == null ? null : within.id(),
                    false,
                    sort,
                    PageRequest.first(1));
            Predicate<Sequence> matches = s -> (user == null || s.owner().equals(user))
                    && (type == null || type.includes(s.details().transportType()))
                    && (cameraMake == null || cameraMake.matches(s.cameraMake().orElse(null)))
                    && (cameraModel == null
                            || cameraModel.matches(s.cameraModel().orElse(null)))
                    && (captured == null || captured.contains(s.capturedAt().orElse(null)))
                    && (bbox == null || s.bounds().filter(bbox::intersects).isPresent())
                    && (within == null || within.selects(Candidates.of(s)));
            assertThat(world.search(query, pageSize))
                    .as("%s, pages of %d", this, pageSize)
                    .isEqualTo(world.recountedSearch(matches, sort));
        }

        Step withType(TransportType value) {
            return new Search(owner, value, make, model, captured, bbox, challenge, sort, pageSize);
        }

        Step withMake(String value) {
            return new Search(owner, type, value, model, captured, bbox, challenge, sort, pageSize);
        }
    }

    private static <T> Optional<T> pick(List<T> items, int index) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(index % items.size()));
    }

    private static Arbitrary<Step> publishes() {
        Arbitrary<Instant> anyTime = Arbitraries.longs()
                .between(FIRST_CAPTURE.getEpochSecond(), LAST_CAPTURE.getEpochSecond())
                .map(Instant::ofEpochSecond);
        // A second before a month ends, so that a sequence's photos straddle two months and two years.
        Arbitrary<Instant> monthEdges = Arbitraries.of(
                        "2022-12-31T23:59:59Z", "2023-06-30T23:59:59Z", "2023-07-01T00:00:00Z", "2024-01-31T23:59:58Z")
                .map(Instant::parse);
        Arbitrary<Instant> captured = Arbitraries.frequencyOf(Tuple.of(4, anyTime), Tuple.of(1, monthEdges));
        return Combinators.combine(
                        users(),
                        Arbitraries.of(TYPES),
                        Arbitraries.integers().between(0, CAMERAS.length - 1),
                        captured,
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.doubles().between(0, 9).ofScale(3),
                        Arbitraries.doubles().between(40, 47).ofScale(3))
                .as(Publish::new);
    }

    private static Arbitrary<Step> writes() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000);
        return Arbitraries.oneOf(
                Combinators.combine(any, Arbitraries.of(TYPES)).as(EditTransport::new),
                any.map(Delete::new),
                Combinators.combine(users(), any, any).as(MarkViewpoint::new),
                Combinators.combine(users(), any, any).as(MarkViewpoint::new),
                any.map(Unmark::new),
                Combinators.combine(users(), any).as(ToggleLike::new));
    }

    private static Arbitrary<Step> boardReads() {
        return Combinators.combine(sameShapeFilters(), Arbitraries.of(LeaderboardMetric.class), pageSizes())
                .as((filters, metric, size) -> new InTurn(filters.stream()
                        .<Step>map(filter -> new ReadBoard(filter, metric, size))
                        .toList()));
    }

    /** Two or three filters of one shape (the same statement) that differ in one value. */
    private static Arbitrary<List<LeaderboardFilter>> sameShapeFilters() {
        Arbitrary<TransportType> parents = Arbitraries.of(TransportType.parents());
        Arbitrary<TransportType> children = Arbitraries.of(
                TransportType.WALK, TransportType.BICYCLE, TransportType.KAYAK, TransportType.SKI, TransportType.SWIM);
        Arbitrary<CapturePeriod> years =
                Arbitraries.integers().between(2022, 2024).map(CapturePeriod::year);
        Arbitrary<CapturePeriod> months = Arbitraries.of(
                        YearMonth.of(2022, 12),
                        YearMonth.of(2023, 6),
                        YearMonth.of(2023, 7),
                        YearMonth.of(2024, 1),
                        YearMonth.of(2024, 2))
                .map(CapturePeriod::month);
        Arbitrary<CapturePeriod> ranges = Arbitraries.of(RANGES).map(CapturePeriod::custom);
        Arbitrary<CapturePeriod> allTime = Arbitraries.just(CapturePeriod.allTime());
        Arbitrary<CapturePeriod> periods = Arbitraries.oneOf(allTime, years, months, ranges);
        Arbitrary<CameraMake> makes =
                Arbitraries.of("GoPro", "gopro", "Sony", "Ricoh", "DJI").map(CameraMake::of);
        Arbitrary<CameraModel> models =
                Arbitraries.of("HERO9 Black", "max", "A7", "Theta Z1").map(CameraModel::of);
        return Arbitraries.oneOf(
                Arbitraries.just(List.of(LeaderboardFilter.ALL)),
                Combinators.combine(
                                parents.list().uniqueElements().ofMinSize(2).ofMaxSize(3),
                                Arbitraries.oneOf(allTime, years))
                        .as((types, period) -> map(types, type -> new LeaderboardFilter(type, null, null, period))),
                years.list()
                        .uniqueElements()
                        .ofMinSize(2)
                        .ofMaxSize(3)
                        .map(list -> map(list, period -> new LeaderboardFilter(null, null, null, period))),
                Combinators.combine(
                                children.list().uniqueElements().ofMinSize(2).ofMaxSize(3), periods)
                        .as((types, period) -> map(types, type -> new LeaderboardFilter(type, null, null, period))),
                Combinators.combine(makes.list().uniqueElements().ofMinSize(2).ofMaxSize(3), periods)
                        .as((list, period) -> map(list, make -> new LeaderboardFilter(null, make, null, period))),
                Combinators.combine(
                                makes,
                                models.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                        .as((make, list) ->
                                map(list, model -> new LeaderboardFilter(null, make, model, CapturePeriod.allTime()))),
                models.list()
                        .uniqueElements()
                        .ofMinSize(2)
                        .ofMaxSize(3)
                        .map(list ->
                                map(list, model -> new LeaderboardFilter(null, null, model, CapturePeriod.allTime()))),
                Combinators.combine(
                                Arbitraries.oneOf(parents, children),
                                makes.list().uniqueElements().ofMinSize(2).ofMaxSize(3),
                                Arbitraries.oneOf(months, ranges))
                        .as((type, list, period) -> map(list, make -> new LeaderboardFilter(type, make, null, period))),
                months.list()
                        .uniqueElements()
                        .ofMinSize(2)
                        .ofMaxSize(3)
                        .map(list -> map(list, period -> new LeaderboardFilter(null, null, null, period))),
                ranges.list()
                        .uniqueElements()
                        .ofMinSize(2)
                        .ofMaxSize(3)
                        .map(list -> map(list, period -> new LeaderboardFilter(null, null, null, period))));
    }

    private static <T, R> List<R> map(List<T> values, Function<T, R> mapping) {
        return values.stream().map(mapping).toList();
    }

    private static Arbitrary<Step> challenges() {
        Arbitrary<Set<TransportType>> types = Arbitraries.of(
                Set.<TransportType>of(),
                Set.of(TransportType.WATER),
                Set.of(TransportType.WALK, TransportType.BICYCLE),
                Set.of(TransportType.SNOW, TransportType.CAR));
        Arbitrary<Set<String>> makes = Arbitraries.of(Set.<String>of(), Set.of("GoPro"), Set.of("Sony", "Ricoh"));
        Arbitrary<YearMonth> starts = Arbitraries.integers()
                .between(0, 30)
                .map(m -> YearMonth.of(2022, 1).plusMonths(m));
        Arbitrary<GeoPoint> corners = Combinators.combine(
                        Arbitraries.doubles().between(0, 8).ofScale(1),
                        Arbitraries.doubles().between(40, 46).ofScale(1))
                .as(GeoPoint::of);
        return Combinators.combine(
                        users(),
                        corners,
                        Arbitraries.doubles().between(0.5, 4).ofScale(1),
                        starts,
                        Arbitraries.integers().between(1, 18),
                        types,
                        makes,
                        Arbitraries.of(ChallengeMetric.class))
                .as(CreateChallenge::new);
    }

    private static Arbitrary<Step> challengeReads() {
        return pageSizes().map(size -> new InTurn(List.of(new ReadChallengeBoards(size))));
    }

    /** Two or three searches that differ in the transport type or in the camera make only. */
    private static Arbitrary<Step> searches() {
        Arbitrary<Integer> owners = users().injectNull(0.7);
        Arbitrary<TransportType> types = Arbitraries.of(
                TransportType.WALK, TransportType.KAYAK, TransportType.EARTH, TransportType.WATER, TransportType.SNOW);
        Arbitrary<String> makes = Arbitraries.of("GoPro", "gopro", "Sony", "Ricoh");
        Arbitrary<String> models = Arbitraries.of("HERO9 Black", "Max", "A7").injectNull(0.8);
        Arbitrary<TimeRange> captured = Arbitraries.of(RANGES).injectNull(0.6);
        Arbitrary<BoundingBox> boxes = Combinators.combine(
                        Arbitraries.doubles().between(0, 8).ofScale(1),
                        Arbitraries.doubles().between(40, 46).ofScale(1),
                        Arbitraries.doubles().between(0.5, 5).ofScale(1))
                .as((lon, lat, size) -> new BoundingBox(lon, lat, lon + size, lat + size))
                .injectNull(0.6);
        Arbitrary<Integer> challenge = Arbitraries.integers().between(0, 1_000).injectNull(0.7);
        Arbitrary<Search> base = Combinators.combine(
                        owners,
                        types.injectNull(0.5),
                        makes.injectNull(0.6),
                        models,
                        captured,
                        boxes,
                        challenge,
                        Arbitraries.of(SequenceSort.class))
                .flatAs((owner, type, make, model, range, box, within, sort) ->
                        pageSizes().map(size -> new Search(owner, type, make, model, range, box, within, sort, size)));
        return Arbitraries.oneOf(
                Combinators.combine(
                                base, types.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                        .as((search, list) -> new InTurn(map(list, type -> search.withType(type)))),
                Combinators.combine(
                                base, makes.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                        .as((search, list) -> new InTurn(map(list, make -> search.withMake(make)))));
    }

    private static Arbitrary<Integer> users() {
        return Arbitraries.integers().between(0, RecountedWorld.USERNAMES.size() - 1);
    }

    private static Arbitrary<Integer> pageSizes() {
        return Arbitraries.integers().between(1, 4);
    }
}
