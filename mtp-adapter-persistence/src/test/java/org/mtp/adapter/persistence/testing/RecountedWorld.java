package org.mtp.adapter.persistence.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.write.user.JpaUserDirectory;
import org.mtp.application.fake.FakeMapillaryGateway;
import org.mtp.application.fake.InMemorySequenceMap;
import org.mtp.application.fake.MutableClock;
import org.mtp.application.fake.SequentialIds;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;
import org.mtp.application.model.map.MapPoint;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.common.Change;
import org.mtp.application.port.in.map.ReadSequenceMapUseCase;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.out.leaderboard.LeaderboardReader;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.challenge.Candidates;
import org.mtp.application.service.challenge.ChallengeService;
import org.mtp.application.service.leaderboard.LeaderboardService;
import org.mtp.application.service.map.SequenceMapService;
import org.mtp.application.service.sequence.AttachMapillaryService;
import org.mtp.application.service.sequence.CreateDraftService;
import org.mtp.application.service.sequence.DeleteSequenceService;
import org.mtp.application.service.sequence.EditSequenceService;
import org.mtp.application.service.sequence.ImportLimit;
import org.mtp.application.service.sequence.OwnedMapillaryFetch;
import org.mtp.application.service.sequence.SequenceQueries;
import org.mtp.application.service.social.LikeService;
import org.mtp.application.service.social.ViewpointService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeContribution;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboard;
import org.mtp.domain.challenge.ChallengeLeaderboardEntry;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.LeaderboardTally;
import org.mtp.domain.leaderboard.RankedRow;
import org.mtp.domain.leaderboard.UserTotals;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Test support: the application's use cases wired on the stores of one database (emptied first), and beside them a
 * plain record of what they were asked to do, from which every board, search page and challenge board is recounted with
 * the domain's reference rules. Writes go through the use cases only, so the recount keeps its meaning wherever the
 * upkeep of totals and counters lives.
 */
public final class RecountedWorld {

    /** Usernames that differ only in case or punctuation, so that ties are ordered by the username key. */
    public static final List<String> USERNAMES = List.of("Ann", "bob", "Cleo", "dan-1", "dan_1");

    private final CreateDraftUseCase createDraft;
    private final AttachMapillaryUseCase attach;
    private final EditSequenceUseCase edit;
    private final DeleteSequenceService delete;
    private final ViewpointService viewpoints;
    private final LikeService likes;
    private final LeaderboardService leaderboards;
    private final LeaderboardReader boardReader;
    private final UnitOfWork unitOfWork;
    private final SequenceQueries queries;
    private final ChallengeService challenges;
    private final SequenceMapService map;
    private final FakeMapillaryGateway mapillary = new FakeMapillaryGateway();

    private final List<UserId> users = new ArrayList<>();
    private final Map<UserId, Username> usernames = new HashMap<>();
    private final Map<SequenceId, Sequence> published = new LinkedHashMap<>();
    private final Set<Mark> marks = new LinkedHashSet<>();
    private final Set<Liked> liked = new LinkedHashSet<>();
    private final List<Challenge> createdChallenges = new ArrayList<>();
    private int mapillaryKeys;

    /** One viewpoint mark. */
    public record Mark(UserId marker, SequenceId sequence, ImageKey photo) {}

    private record Liked(UserId liker, SequenceId sequence) {}

    private RecountedWorld(PersistenceContext context) {
        DatabaseStoreWorld stores = DatabaseStoreWorld.emptied(context);
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
        SequentialIds ids = new SequentialIds();
        var uow = stores.unitOfWork();
        createDraft = new CreateDraftService(stores.sequences(), stores.derivedData(), uow, ids, clock);
        ImportLimit noLimit = new ImportLimit(OptionalInt.empty(), stores.sequences(), uow, clock);
        attach = new AttachMapillaryService(
                stores.sequences(),
                stores.sequenceReadModel(),
                stores.derivedData(),
                new OwnedMapillaryFetch(mapillary),
                noLimit,
                uow,
                clock);
        edit = new EditSequenceService(stores.sequences(), stores.sequenceReadModel(), stores.derivedData(), uow);
        delete = new DeleteSequenceService(stores.sequences(), stores.tours(), stores.derivedData(), uow);
        viewpoints =
                new ViewpointService(stores.sequenceReadModel(), stores.viewpoints(), stores.derivedData(), uow, clock);
        likes = new LikeService(
                stores.sequenceReadModel(), stores.tours(), stores.likes(), stores.derivedData(), uow, clock);
        leaderboards = new LeaderboardService(stores.leaderboards(), uow);
        boardReader = stores.leaderboards();
        unitOfWork = uow;
        queries = new SequenceQueries(stores.sequenceReadModel(), stores.challenges(), uow);
        map = new SequenceMapService(stores.sequenceMap(), uow);
        challenges = new ChallengeService(
                stores.challenges(),
                stores.challengeCandidates(),
                new JpaUserDirectory(context.entityManagers()),
                uow,
                ids,
                clock);
        for (String name : USERNAMES) {
            UserId id = UserId.of(UUID.randomUUID());
            stores.addUser(id, Username.of(name));
            users.add(id);
            usernames.put(id, Username.of(name));
            mapillary.addUser(TestSequences.mapillaryUserOf(id), tokenOf(id));
        }
    }

    /** The database of {@code context} emptied, with the five users of {@link #USERNAMES}. */
    public static RecountedWorld on(PersistenceContext context) {
        return new RecountedWorld(context);
    }

    public List<UserId> users() {
        return users;
    }

    /** The published sequences in the order they were published. */
    public List<Sequence> published() {
        return List.copyOf(published.values());
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    public List<Challenge> challenges() {
        return List.copyOf(createdChallenges);
    }

    /**
     * Publishes {@code sequence}'s Mapillary data the uploader's way: a draft, then the Mapillary sequence attached.
     */
    public Sequence publish(TestSequences.Builder sequence) {
        MapillarySequence imagery = sequence.key("mly" + (++mapillaryKeys)).mapillary();
        UserId owner = sequence.build().owner();
        mapillary.addSequence(imagery);
        SequenceId id = createDraft.createDraft(new CreateDraftUseCase.Command(owner, sequence.details()));
        Sequence result = attach.attach(
                        new AttachMapillaryUseCase.Command(owner, id, imagery.key(), tokenOf(owner), null))
                .view()
                .sequence();
        published.put(result.id(), result);
        return result;
    }

    public void editTransport(Sequence sequence, TransportType type) {
        Sequence edited = edit.edit(new EditSequenceUseCase.Command(
                        sequence.owner(),
                        sequence.id(),
                        Change.keep(),
                        Change.keep(),
                        Change.set(type),
                        Change.keep(),
                        Change.keep(),
                        Change.keep()))
                .sequence();
        published.put(edited.id(), edited);
    }

    public void delete(Sequence sequence) {
        delete.delete(sequence.owner(), sequence.id());
        published.remove(sequence.id());
        marks.removeIf(mark -> mark.sequence().equals(sequence.id()));
        liked.removeIf(like -> like.sequence().equals(sequence.id()));
    }

    /** Marks a viewpoint on someone else's photo (the use case refuses one's own, so that is not asked). */
    public void mark(UserId marker, Sequence sequence, ImageKey photo) {
        if (!marker.equals(sequence.owner())) {
            viewpoints.mark(marker, sequence.id(), photo);
            marks.add(new Mark(marker, sequence.id(), photo));
        }
    }

    public void unmark(Mark mark) {
        viewpoints.unmark(mark.marker(), mark.sequence(), mark.photo());
        marks.remove(mark);
    }

    /** Likes someone else's sequence, or unlikes it when already liked. */
    public void toggleLike(UserId liker, Sequence sequence) {
        if (liker.equals(sequence.owner())) {
            return;
        }
        Liked like = new Liked(liker, sequence.id());
        if (liked.remove(like)) {
            likes.unlike(liker, LikeTarget.sequence(sequence.id()));
        } else {
            likes.like(liker, LikeTarget.sequence(sequence.id()));
            liked.add(like);
        }
    }

    public Challenge createChallenge(CreateChallengeUseCase.Command command) {
        Challenge challenge = challenges.create(command).challenge();
        createdChallenges.add(challenge);
        return challenge;
    }

    /** Every row of a board, read page by page through the use case. */
    public List<RankedRow<UserTotals>> board(LeaderboardFilter filter, LeaderboardMetric metric, int pageSize) {
        return allPages(pageSize, page -> leaderboards.read(filter, metric, page));
    }

    /** One user's row on a board, asked of the store directly as the profile does. */
    public Optional<RankedRow<UserTotals>> rowOf(LeaderboardFilter filter, LeaderboardMetric metric, UserId user) {
        return unitOfWork.reading(() -> boardReader.rowOf(filter, metric, user));
    }

    /** The board recounted from the published sequences and the marks on them. */
    public List<RankedRow<UserTotals>> recountedBoard(LeaderboardFilter filter, LeaderboardMetric metric) {
        return CompetitionRanking.rank(
                LeaderboardTally.tally(published.values(), filter, this::viewpointsOn, usernames::get), metric);
    }

    /** The ids of every search result, page by page, in the order the use case answers them. */
    public List<SequenceId> search(SearchSequencesUseCase.Query query, int pageSize) {
        return allPages(pageSize, page -> queries.search(withPage(query, page))).stream()
                .map(SequenceSummary::id)
                .toList();
    }

    /**
     * The search recounted: {@code matches} decides which published sequences qualify, ordered by the sort key
     * descending, then by id descending.
     */
    public List<SequenceId> recountedSearch(Predicate<Sequence> matches, SequenceSort sort) {
        Comparator<Sequence> primary = switch (sort) {
            case LATEST -> Comparator.comparing(s -> s.capturedAt().orElseThrow());
            case MOST_LIKES -> Comparator.comparingLong(this::likesOf);
            case DISTANCE -> Comparator.comparing(Sequence::distance);
        };
        return published.values().stream()
                .filter(matches)
                .sorted(primary.thenComparing(s -> s.id().value().toString()).reversed())
                .map(Sequence::id)
                .toList();
    }

    /** The sequence map of {@code view} at {@code zoom}, as the use case reads it. */
    public List<MapMarker> map(BoundingBox view, int zoom) {
        return map.read(new ReadSequenceMapUseCase.Query(view, zoom)).markers();
    }

    /** The sequence map recounted from the published sequences, each at the centre of its bounds. */
    public List<MapMarker> recountedMap(BoundingBox view, int zoom) {
        return InMemorySequenceMap.recount(
                published.values().stream()
                        .map(s -> new InMemorySequenceMap.Placed(
                                s.id(),
                                s.details().name(),
                                MapPoint.centreOf(s.bounds().orElseThrow())))
                        .toList(),
                MapGrid.window(view, zoom));
    }

    public Username usernameOf(UserId user) {
        return usernames.get(user);
    }

    /** Every row of a challenge's board, page by page. */
    public List<ChallengeLeaderboardRow> challengeBoard(ChallengeId challenge, int pageSize) {
        return allPages(pageSize, page -> challenges.leaderboard(challenge, page));
    }

    /** The challenge's board recounted: every published sequence scored by the domain, photo by photo. */
    public List<ChallengeLeaderboardRow> recountedChallengeBoard(Challenge challenge) {
        Map<UserId, ChallengeContribution> byOwner = new HashMap<>();
        for (Sequence sequence : published.values()) {
            ChallengeContribution contribution = challenge.score(Candidates.of(sequence));
            if (!contribution.equals(ChallengeContribution.NONE)) {
                byOwner.merge(sequence.owner(), contribution, ChallengeContribution::plus);
            }
        }
        Collection<ChallengeLeaderboardEntry> entries = byOwner.entrySet().stream()
                .map(e -> new ChallengeLeaderboardEntry(e.getKey(), usernames.get(e.getKey()), e.getValue()))
                .toList();
        return ChallengeLeaderboard.rank(challenge.metric(), entries).rows();
    }

    private long viewpointsOn(Sequence sequence) {
        return marks.stream()
                .filter(mark -> mark.sequence().equals(sequence.id()))
                .count();
    }

    private long likesOf(Sequence sequence) {
        return liked.stream()
                .filter(like -> like.sequence().equals(sequence.id()))
                .count();
    }

    private static SearchSequencesUseCase.Query withPage(SearchSequencesUseCase.Query q, PageRequest page) {
        return new SearchSequencesUseCase.Query(
                q.viewer(),
                q.nameContains(),
                q.username(),
                q.tags(),
                q.transportType(),
                q.cameraMake(),
                q.cameraModel(),
                q.pano(),
                q.captured(),
                q.bbox(),
                q.challenge(),
                q.draftsOnly(),
                q.sort(),
                page);
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

    private static MapillaryToken tokenOf(UserId user) {
        return MapillaryToken.of("token-" + user.value());
    }
}
