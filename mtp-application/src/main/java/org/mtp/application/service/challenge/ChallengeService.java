package org.mtp.application.service.challenge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtp.application.model.page.OffsetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.DeleteChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.challenge.ReadChallengeLeaderboardUseCase;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.application.port.out.challenge.ChallengeQuery;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeContribution;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboard;
import org.mtp.domain.challenge.ChallengeLeaderboardEntry;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Use case service for challenges. The leaderboard is computed on demand: the store hands over candidate sequences
 * (prefiltered by bounding box and settings) and the domain scores each photo by every rule.
 */
public final class ChallengeService
        implements CreateChallengeUseCase,
                EditChallengeUseCase,
                DeleteChallengeUseCase,
                GetChallengeUseCase,
                ListChallengesUseCase,
                ReadChallengeLeaderboardUseCase {

    private final ChallengeRepository challenges;
    private final ChallengeCandidates candidates;
    private final UserDirectory users;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    public ChallengeService(
            ChallengeRepository challenges,
            ChallengeCandidates candidates,
            UserDirectory users,
            UnitOfWork unitOfWork,
            IdGenerator ids,
            Clock clock) {
        this.challenges = challenges;
        this.candidates = candidates;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ChallengeView create(CreateChallengeUseCase.Command c) {
        ChallengeSettings settings = new ChallengeSettings(
                c.name(),
                c.description(),
                c.area(),
                c.window(),
                ChallengeFilters.of(c.transportTypes(), c.cameraMakes()),
                c.metric());
        Challenge challenge = Challenge.create(ChallengeId.of(ids.next()), c.actor(), settings, clock.instant());
        return unitOfWork.inTransaction(() -> {
            challenges.save(challenge);
            return view(challenge);
        });
    }

    @Override
    public ChallengeView edit(EditChallengeUseCase.Command c) {
        return unitOfWork.inTransaction(() -> {
            Challenge challenge = find(c.challenge());
            challenge.edit(c.actor(), c.changes());
            challenges.save(challenge);
            return view(challenge);
        });
    }

    @Override
    public void delete(UserId actor, ChallengeId id) {
        unitOfWork.run(() -> {
            find(id).requireOwner(actor);
            challenges.delete(id);
        });
    }

    @Override
    public ChallengeView get(ChallengeId id) {
        return unitOfWork.reading(() -> view(find(id)));
    }

    @Override
    public Page<ChallengeView> list(ListChallengesUseCase.Query q) {
        ChallengeQuery query = new ChallengeQuery(q.status(), q.nameContains());
        return unitOfWork.reading(() -> {
            Page<Challenge> found = challenges.list(query, clock.instant(), q.page());
            // one lookup of the owners' names for the whole page
            Map<UserId, Username> names = users.usernamesOf(
                    found.items().stream().map(Challenge::owner).collect(Collectors.toSet()));
            return found.map(c -> new ChallengeView(
                    c,
                    Optional.ofNullable(names.get(c.owner()))
                            .orElseThrow(() -> new NotFoundException("user", c.owner())),
                    c.status(clock.instant())));
        });
    }

    @Override
    public Page<ChallengeLeaderboardRow> leaderboard(ChallengeId id, PageRequest page) {
        // A transaction, not a read: the candidates stream in batches, and PostgreSQL's driver streams a result only
        // outside auto-commit (in auto-commit it would hold every candidate track of a big area in memory at once).
        return unitOfWork.inTransaction(() -> {
            Challenge challenge = find(id);
            Map<UserId, ChallengeContribution> byOwner = new HashMap<>();
            candidates.forEachCandidate(challenge, candidate -> {
                ChallengeContribution contribution = challenge.score(candidate);
                if (!contribution.equals(ChallengeContribution.NONE)) {
                    byOwner.merge(candidate.owner(), contribution, ChallengeContribution::plus);
                }
            });
            // One lookup for every scoring owner: a board over a big area has thousands of them.
            Map<UserId, Username> names = users.usernamesOf(byOwner.keySet());
            List<ChallengeLeaderboardEntry> entries = new ArrayList<>(byOwner.size());
            byOwner.forEach((owner, contribution) -> entries.add(new ChallengeLeaderboardEntry(
                    owner,
                    Optional.ofNullable(names.get(owner)).orElseThrow(() -> new NotFoundException("user", owner)),
                    contribution)));
            return OffsetCursor.page(
                    ChallengeLeaderboard.rank(challenge.metric(), entries).rows(), page);
        });
    }

    private Challenge find(ChallengeId id) {
        return challenges.findById(id).orElseThrow(() -> new NotFoundException("challenge", id));
    }

    private Username username(UserId id) {
        return users.usernameOf(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private ChallengeView view(Challenge challenge) {
        return new ChallengeView(challenge, username(challenge.owner()), challenge.status(clock.instant()));
    }
}
