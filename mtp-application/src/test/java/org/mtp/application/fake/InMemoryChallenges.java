package org.mtp.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeQuery;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.service.challenge.Candidates;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.sequence.Sequence;

/** Test double storing challenges and offering every published sequence as a candidate (no prefilter). */
public final class InMemoryChallenges implements ChallengeRepository, ChallengeCandidates, InMemoryData.Transactional {

    private Map<ChallengeId, Challenge> challenges = new HashMap<>();
    private final InMemorySequences sequences;

    public InMemoryChallenges(InMemoryData data, InMemorySequences sequences) {
        this.sequences = sequences;
        data.register(this);
    }

    static ChallengeCandidate candidateOf(Sequence s) {
        return Candidates.of(s);
    }

    private static Challenge copy(Challenge c) {
        return Challenge.reconstitute(c.id(), c.owner(), c.settings(), c.createdAt());
    }

    @Override
    public synchronized void save(Challenge challenge) {
        challenges.put(challenge.id(), copy(challenge));
    }

    @Override
    public synchronized Optional<Challenge> findById(ChallengeId id) {
        return Optional.ofNullable(challenges.get(id)).map(InMemoryChallenges::copy);
    }

    @Override
    public synchronized Page<Challenge> list(ChallengeQuery query, Instant now, PageRequest page) {
        List<Challenge> ordered = challenges.values().stream()
                .filter(c -> query.status() == null || c.status(now) == query.status())
                .filter(c -> NameSearch.contains(c.settings().name(), query.nameContains()))
                .sorted(Comparator.comparing(Challenge::createdAt)
                        .thenComparing(c -> c.id().toString())
                        .reversed())
                .map(InMemoryChallenges::copy)
                .toList();
        return OffsetCursor.page(ordered, page);
    }

    @Override
    public synchronized void delete(ChallengeId id) {
        challenges.remove(id);
    }

    @Override
    public void forEachCandidate(Challenge challenge, Consumer<ChallengeCandidate> sink) {
        sequences.all().stream()
                .filter(Sequence::isPublished)
                .map(Candidates::of)
                .forEach(sink);
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(challenges);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        challenges = new HashMap<>((Map<ChallengeId, Challenge>) snapshot);
    }
}
