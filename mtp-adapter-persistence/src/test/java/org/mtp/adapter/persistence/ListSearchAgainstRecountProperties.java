package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.mtp.adapter.persistence.testing.DatabaseStoreWorld;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.write.user.JpaUserDirectory;
import org.mtp.application.fake.MutableClock;
import org.mtp.application.fake.SequentialIds;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.service.challenge.ChallengeService;
import org.mtp.application.service.tour.TourService;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * The tour and challenge lists with their searches (name part, tags, owner, status) equal a recount of what the use
 * cases were asked to do, with many filter values asked in turn and again on one long-lived database per product (the
 * same statements re-run on the same connections with other values). Names hold LIKE's wildcards and its escape
 * character, which a search must take literally, and letters whose case differs. More tries: {@code -Djqwik.tries=N}.
 */
class ListSearchAgainstRecountProperties {

    private static final PersistenceExtension DATABASES = new PersistenceExtension();

    static final List<String> USERNAMES = List.of("Ann", "bob", "Cleo");
    static final List<String> NAMES = List.of(
            "Coast to coast", "COASTAL 50%", "50 percent", "a_b tour", "aXb tour", "back\\slash", "Été côtier", "ÉTÉ");
    static final List<String> PARTS =
            List.of("coast", "COAST", "50%", "%", "_", "a_b", "\\", "\\s", "été", "ÉT", "t", "x", "Coast to coast");
    static final List<Tags> TAG_SETS =
            List.of(Tags.NONE, Tags.parse("sea"), Tags.parse("sea,hills"), Tags.parse("hills"), Tags.parse("snow"));
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    static final List<TimeRange> WINDOWS = List.of(
            TimeRange.of(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1))),
            TimeRange.of(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30))),
            TimeRange.of(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30))));

    @AfterContainer
    static void closeDatabases() {
        DATABASES.closeAll();
    }

    @Property
    void listsOnH2_equalTheRecount(@ForAll("scripts") List<Step> script) {
        run(Database.H2, script);
    }

    @Property
    void listsOnPostgreSql_equalTheRecount(@ForAll("scripts") List<Step> script) {
        run(Database.POSTGRESQL, script);
    }

    private static void run(Database database, List<Step> script) {
        World world = new World(DATABASES.context(database));
        for (Step step : script) {
            step.apply(world);
        }
    }

    /** The services over one emptied database, and what they were asked to do. */
    static final class World {
        final MutableClock clock = new MutableClock(NOW);
        final TourService tours;
        final ChallengeService challenges;
        final List<UserId> users = new ArrayList<>();
        final Map<UserId, Username> usernames = new LinkedHashMap<>();
        final Map<TourId, Tour> createdTours = new LinkedHashMap<>();
        final List<Challenge> createdChallenges = new ArrayList<>();

        World(PersistenceContext context) {
            DatabaseStoreWorld stores = DatabaseStoreWorld.emptied(context);
            SequentialIds ids = new SequentialIds();
            JpaUserDirectory directory = new JpaUserDirectory(context.entityManagers());
            tours = new TourService(
                    stores.tours(),
                    stores.sequences(),
                    stores.sequenceReadModel(),
                    stores.derivedData(),
                    directory,
                    stores.unitOfWork(),
                    ids,
                    clock);
            challenges = new ChallengeService(
                    stores.challenges(), stores.challengeCandidates(), directory, stores.unitOfWork(), ids, clock);
            for (String name : USERNAMES) {
                UserId id = UserId.of(UUID.randomUUID());
                stores.addUser(id, Username.of(name));
                users.add(id);
                usernames.put(id, Username.of(name));
            }
        }
    }

    sealed interface Step {
        void apply(World world);
    }

    /** A new tour; the clock moves on a second first or not, so that some tours share their creation time. */
    record CreateTour(int owner, int name, int tags, boolean later) implements Step {
        @Override
        public void apply(World world) {
            if (later) {
                world.clock.advance(Duration.ofSeconds(1));
            }
            Tour tour = world.tours
                    .create(new CreateTourUseCase.Command(
                            world.users.get(owner),
                            TourDetails.of(NAMES.get(name), null, TAG_SETS.get(tags)),
                            List.of()))
                    .tour();
            world.createdTours.put(tour.id(), tour);
        }
    }

    record EditTour(int tour, int name, int tags) implements Step {
        @Override
        public void apply(World world) {
            if (world.createdTours.isEmpty()) {
                return;
            }
            Tour picked = new ArrayList<>(world.createdTours.values()).get(tour % world.createdTours.size());
            Tour edited = world.tours
                    .edit(new EditTourUseCase.Command(
                            picked.owner(),
                            picked.id(),
                            Change.set(NAMES.get(name)),
                            Change.keep(),
                            Change.set(TAG_SETS.get(tags))))
                    .tour();
            world.createdTours.put(edited.id(), edited);
        }
    }

    record DeleteTour(int tour) implements Step {
        @Override
        public void apply(World world) {
            if (world.createdTours.isEmpty()) {
                return;
            }
            Tour picked = new ArrayList<>(world.createdTours.values()).get(tour % world.createdTours.size());
            world.tours.delete(picked.owner(), picked.id());
            world.createdTours.remove(picked.id());
        }
    }

    record CreateChallenge(int owner, int name, int window, boolean later) implements Step {
        @Override
        public void apply(World world) {
            if (later) {
                world.clock.advance(Duration.ofSeconds(1));
            }
            world.createdChallenges.add(world.challenges
                    .create(new CreateChallengeUseCase.Command(
                            world.users.get(owner),
                            NAMES.get(name),
                            null,
                            TestAreas.squareWithHole(),
                            WINDOWS.get(window),
                            Set.of(),
                            Set.of(),
                            ChallengeMetric.PHOTOS))
                    .challenge());
        }
    }

    /** Searches of one shape asked in turn and then again (a, b, a, b): a stale answer cannot pass. */
    record InTurn(List<Step> reads) implements Step {
        @Override
        public void apply(World world) {
            for (int round = 0; round < 2; round++) {
                for (Step read : reads) {
                    read.apply(world);
                }
            }
        }
    }

    /** Every page of a tour search against the recount: newest first, then by id descending. */
    record SearchTours(Integer owner, String part, Tags tags, int pageSize) implements Step {
        @Override
        public void apply(World world) {
            Username username = owner == null ? null : world.usernames.get(world.users.get(owner));
            List<Object> found =
                    allPages(pageSize, page -> world.tours.list(new ListToursUseCase.Query(username, part, tags, page)))
                            .stream()
                            .map(v -> (Object) v.tour().id())
                            .toList();
            List<Object> recounted = world.createdTours.values().stream()
                    .filter(t -> owner == null || t.owner().equals(world.users.get(owner)))
                    .filter(t -> contains(t.details().name(), part))
                    .filter(t -> t.details().tags().containsAll(tags))
                    .sorted(Comparator.comparing(Tour::createdAt)
                            .thenComparing(t -> t.id().value().toString())
                            .reversed())
                    .map(t -> (Object) t.id())
                    .toList();
            assertThat(found).as("%s", this).isEqualTo(recounted);
        }

        Step withPart(String value) {
            return new SearchTours(owner, value, tags, pageSize);
        }

        Step withTags(Tags value) {
            return new SearchTours(owner, part, value, pageSize);
        }
    }

    /** Every page of a challenge search (name part and status now) against the recount. */
    record SearchChallenges(ChallengeStatus status, String part, int pageSize) implements Step {
        @Override
        public void apply(World world) {
            Instant now = world.clock.instant();
            List<Object> found = allPages(
                            pageSize,
                            page -> world.challenges.list(new ListChallengesUseCase.Query(status, part, page)))
                    .stream()
                    .map(v -> (Object) v.challenge().id())
                    .toList();
            List<Object> recounted = world.createdChallenges.stream()
                    .filter(c -> status == null || c.status(now) == status)
                    .filter(c -> contains(c.settings().name(), part))
                    .sorted(Comparator.comparing(Challenge::createdAt)
                            .thenComparing(c -> c.id().value().toString())
                            .reversed())
                    .map(c -> (Object) c.id())
                    .toList();
            assertThat(found).as("%s", this).isEqualTo(recounted);
        }

        Step withPart(String value) {
            return new SearchChallenges(status, value, pageSize);
        }
    }

    /** The recount's reading of a name search, written without SQL: a plain lower-cased {@code contains}. */
    private static boolean contains(String name, String part) {
        return part == null || name.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static <T> List<T> allPages(int pageSize, Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(pageSize);
        while (true) {
            Page<T> page = read.apply(request);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = new PageRequest(pageSize, page.nextCursor());
        }
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(6, createTours()),
                        Tuple.of(2, editTours()),
                        Tuple.of(1, Arbitraries.integers().between(0, 1_000).map(DeleteTour::new)),
                        Tuple.of(4, createChallenges()),
                        Tuple.of(5, tourSearches()),
                        Tuple.of(4, challengeSearches()))
                .list()
                .ofMinSize(2)
                .ofMaxSize(40);
    }

    private static Arbitrary<Step> createTours() {
        return Combinators.combine(users(), index(NAMES), index(TAG_SETS), Arbitraries.of(true, false))
                .as(CreateTour::new);
    }

    private static Arbitrary<Step> editTours() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000), index(NAMES), index(TAG_SETS))
                .as(EditTour::new);
    }

    private static Arbitrary<Step> createChallenges() {
        return Combinators.combine(users(), index(NAMES), index(WINDOWS), Arbitraries.of(true, false))
                .as(CreateChallenge::new);
    }

    /** Two or three tour searches that differ in the name part only, or in the tags only. */
    private static Arbitrary<Step> tourSearches() {
        Arbitrary<String> parts = Arbitraries.of(PARTS);
        Arbitrary<Tags> tags = Arbitraries.of(TAG_SETS);
        Arbitrary<SearchTours> base = Combinators.combine(
                        users().injectNull(0.7), parts.injectNull(0.4), tags, pageSizes())
                .as(SearchTours::new);
        return Arbitraries.oneOf(
                Combinators.combine(
                                base, parts.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                        .as((search, list) ->
                                new InTurn(list.stream().map(search::withPart).toList())),
                Combinators.combine(
                                base, tags.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                        .as((search, list) ->
                                new InTurn(list.stream().map(search::withTags).toList())));
    }

    /** Two or three challenge searches that differ in the name part only. */
    private static Arbitrary<Step> challengeSearches() {
        Arbitrary<String> parts = Arbitraries.of(PARTS);
        return Combinators.combine(
                        Arbitraries.of(ChallengeStatus.class).injectNull(0.5),
                        pageSizes(),
                        parts.list().uniqueElements().ofMinSize(2).ofMaxSize(3))
                .as((status, size, list) -> new InTurn(list.stream()
                        .map(part -> new SearchChallenges(status, null, size).withPart(part))
                        .toList()));
    }

    private static Arbitrary<Integer> index(List<?> values) {
        return Arbitraries.integers().between(0, values.size() - 1);
    }

    private static Arbitrary<Integer> users() {
        return index(USERNAMES);
    }

    private static Arbitrary<Integer> pageSizes() {
        return Arbitraries.integers().between(1, 4);
    }
}
