package org.mtp.application.fake;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.port.out.sequence.StoredSequence;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Test double storing sequences as copies (so that only {@code save} changes what is stored), searching them by
 * scanning, and cascading deletes to likes, viewpoints and tour memberships like the database's foreign keys do. Counts
 * and revisions are read from {@link InMemoryDerivedData}, as the database reads them off the rows it keeps them on.
 */
public final class InMemorySequences implements SequenceRepository, SequenceReadModel, InMemoryData.Transactional {

    private Map<SequenceId, Sequence> sequences = new HashMap<>();

    private final InMemoryData data;
    private final InMemoryLikes likes;
    private final InMemoryViewpoints viewpoints;
    private final InMemoryTours tours;
    private final InMemoryUserDirectory users;
    private final InMemoryDerivedData derived;

    public InMemorySequences(
            InMemoryData data,
            InMemoryLikes likes,
            InMemoryViewpoints viewpoints,
            InMemoryTours tours,
            InMemoryUserDirectory users,
            InMemoryDerivedData derived) {
        this.data = data;
        this.likes = likes;
        this.viewpoints = viewpoints;
        this.tours = tours;
        this.users = users;
        this.derived = derived;
        data.register(this);
    }

    static Sequence copy(Sequence s) {
        return Sequence.reconstitute(
                s.id(),
                s.owner(),
                s.draftedAt(),
                s.details(),
                s.links(),
                s.mapillary().orElse(null),
                s.importedAt().orElse(null));
    }

    @Override
    public synchronized void save(Sequence sequence) {
        data.requireUnitOfWork("sequences");
        Optional<MapillarySequenceKey> key = sequence.mapillaryKey();
        if (key.isPresent()
                && findIdByMapillaryKey(key.get())
                        .filter(id -> !id.equals(sequence.id()))
                        .isPresent()) {
            throw new SequenceFailures.KeyTaken(key.get());
        }
        sequences.put(sequence.id(), copy(sequence));
    }

    @Override
    public synchronized Optional<Sequence> findById(SequenceId id) {
        data.requireUnitOfWork("sequences");
        return Optional.ofNullable(sequences.get(id)).map(InMemorySequences::copy);
    }

    @Override
    public synchronized Optional<SequenceId> findIdByMapillaryKey(MapillarySequenceKey key) {
        data.requireUnitOfWork("sequences");
        return sequences.values().stream()
                .filter(s -> s.mapillaryKey().filter(key::equals).isPresent())
                .map(Sequence::id)
                .findFirst();
    }

    @Override
    public synchronized Set<MapillarySequenceKey> existingKeys(Collection<MapillarySequenceKey> keys) {
        data.requireUnitOfWork("sequences");
        return sequences.values().stream()
                .flatMap(s -> s.mapillaryKey().stream())
                .filter(keys::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized int countImportedSince(UserId owner, Instant since) {
        data.requireUnitOfWork("sequences");
        return (int) sequences.values().stream()
                .filter(s -> s.owner().equals(owner)
                        && s.importedAt().filter(at -> !at.isBefore(since)).isPresent())
                .count();
    }

    @Override
    public synchronized void delete(SequenceId id) {
        data.requireUnitOfWork("sequences");
        sequences.remove(id);
        likes.removeAll(LikeTarget.sequence(id));
        viewpoints.removeAll(id);
        tours.forgetEverywhere(id);
    }

    @Override
    public synchronized Page<SequenceSummary> search(SequenceQuery q, PageRequest page) {
        data.requireUnitOfWork("sequences");
        List<SequenceSummary> matches = sequences.values().stream()
                .filter(matcher(q))
                .map(this::summarize)
                .sorted(order(q))
                .toList();
        return OffsetCursor.page(matches, page);
    }

    @Override
    public synchronized Optional<SequenceSummary> summary(SequenceId id) {
        data.requireUnitOfWork("sequences");
        return Optional.ofNullable(sequences.get(id)).map(this::summarize);
    }

    @Override
    public synchronized Map<SequenceId, SequenceSummary> summaries(Collection<SequenceId> ids) {
        data.requireUnitOfWork("sequences");
        Map<SequenceId, SequenceSummary> found = new HashMap<>();
        for (SequenceId id : ids) {
            Optional.ofNullable(sequences.get(id)).ifPresent(s -> found.put(id, summarize(s)));
        }
        return found;
    }

    @Override
    public synchronized Optional<StoredSequence> view(SequenceId id) {
        data.requireUnitOfWork("sequences");
        Sequence s = sequences.get(id);
        if (s == null) {
            return Optional.empty();
        }
        // As the database's join: a sequence whose owner is unknown is not found.
        return users.usernameOf(s.owner())
                .map(owner -> new StoredSequence(
                        copy(s),
                        owner,
                        derived.likeCount(LikeTarget.sequence(id)),
                        derived.viewpointsBySequence(id),
                        derived.revision(id)));
    }

    @Override
    public synchronized Optional<SequenceStamp> stamp(SequenceId id) {
        data.requireUnitOfWork("sequences");
        Sequence s = sequences.get(id);
        return s == null
                ? Optional.empty()
                : Optional.of(new SequenceStamp(derived.revision(id), s.owner(), s.isPublished()));
    }

    @Override
    public synchronized boolean hasPhoto(SequenceId id, ImageKey photo) {
        data.requireUnitOfWork("sequences");
        return Optional.ofNullable(sequences.get(id))
                .flatMap(s -> s.photo(photo))
                .isPresent();
    }

    /** Every stored sequence, for the other fakes (leaderboards, challenge candidates). */
    synchronized List<Sequence> all() {
        return sequences.values().stream().map(InMemorySequences::copy).toList();
    }

    private SequenceSummary summarize(Sequence s) {
        Username name = users.usernameOf(s.owner()).orElse(Username.of("unknown"));
        return SequenceSummary.of(s, name, derived.likeCount(LikeTarget.sequence(s.id())));
    }

    private Predicate<Sequence> matcher(SequenceQuery q) {
        return s -> (q.draftsOf() == null
                        ? s.isPublished()
                        : !s.isPublished() && s.owner().equals(q.draftsOf()))
                && (q.nameContains() == null || lower(s.details().name()).contains(lower(q.nameContains())))
                && (q.owner() == null
                        || users.usernameOf(s.owner()).filter(q.owner()::sameAs).isPresent())
                && s.details().tags().containsAll(q.tags())
                && (q.transportType() == null
                        || q.transportType().includes(s.details().transportType()))
                && (q.cameraMake() == null
                        || q.cameraMake().matches(s.cameraMake().orElse(null)))
                && (q.cameraModel() == null
                        || q.cameraModel().matches(s.cameraModel().orElse(null)))
                && (q.pano() == null || q.pano() == s.pano())
                && (q.captured() == null || q.captured().contains(s.capturedAt().orElse(null)))
                && (q.bbox() == null || s.bounds().filter(q.bbox()::intersects).isPresent())
                && (q.challenge() == null || q.challenge().selects(InMemoryChallenges.candidateOf(s)));
    }

    private static Comparator<SequenceSummary> order(SequenceQuery q) {
        Comparator<SequenceSummary> primary = switch (q.sort()) {
            case LATEST ->
                Comparator.comparing((SequenceSummary s) -> s.capturedAt() != null ? s.capturedAt() : s.draftedAt());
            case MOST_LIKES -> Comparator.comparingLong(SequenceSummary::likeCount);
            case DISTANCE -> Comparator.comparing(SequenceSummary::distance);
        };
        return primary.thenComparing(s -> s.id().toString()).reversed();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(sequences);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        sequences = new HashMap<>((Map<SequenceId, Sequence>) snapshot);
    }
}
