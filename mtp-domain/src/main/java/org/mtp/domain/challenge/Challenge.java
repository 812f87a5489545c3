package org.mtp.domain.challenge;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Aggregate: a capture challenge, a region and a time window in which users compete by photos taken or distance
 * covered. Only its owner may edit or delete it. Its status follows from an instant ({@link ChallengeStatus}); how
 * photos and distance count is the {@link #score} rule, documented on {@link ChallengeScoring}.
 */
public final class Challenge {

    private final ChallengeId id;
    private final UserId owner;
    private final Instant createdAt;
    private ChallengeSettings settings;

    private Challenge(ChallengeId id, UserId owner, ChallengeSettings settings, Instant createdAt) {
        this.id = Require.notNull("id", id);
        this.owner = Require.notNull("owner", owner);
        this.settings = Require.notNull("settings", settings);
        this.createdAt = Timestamps.normalize(Require.notNull("created_at", createdAt));
    }

    /** A new challenge, created by {@code owner} at {@code createdAt}. */
    public static Challenge create(ChallengeId id, UserId owner, ChallengeSettings settings, Instant createdAt) {
        return new Challenge(id, owner, settings, createdAt);
    }

    /** A stored challenge, rebuilt; its values are checked again, as stored data is trusted no more than input. */
    public static Challenge reconstitute(ChallengeId id, UserId owner, ChallengeSettings settings, Instant createdAt) {
        return new Challenge(id, owner, settings, createdAt);
    }

    /** Applies {@code changes} when {@code actor} is the owner; a rejected edit changes nothing. */
    public void edit(UserId actor, ChallengeChanges changes) {
        requireOwner(actor);
        Require.notNull("changes", changes);
        settings = changes.applyTo(settings);
    }

    /** Passes for the owner; anyone else gets {@link NotOwnerException}. Call before deleting. */
    public void requireOwner(UserId actor) {
        if (!isOwnedBy(actor)) {
            throw new NotOwnerException("challenge");
        }
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    public ChallengeStatus status(Instant now) {
        return ChallengeStatus.of(settings.window(), now);
    }

    /** The photos and distance of one sequence that count towards this challenge; see {@link ChallengeScoring}. */
    public ChallengeContribution score(ChallengeCandidate candidate) {
        Require.notNull("candidate", candidate);
        return ChallengeScoring.score(settings, candidate);
    }

    /** True when at least one photo of the sequence counts: the search filter "in challenge". */
    public boolean selects(ChallengeCandidate candidate) {
        Require.notNull("candidate", candidate);
        return ChallengeScoring.selects(settings, candidate);
    }

    public ChallengeId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ChallengeSettings settings() {
        return settings;
    }

    public String name() {
        return settings.name();
    }

    public Optional<String> description() {
        return settings.optionalDescription();
    }

    public Area area() {
        return settings.area();
    }

    public TimeRange window() {
        return settings.window();
    }

    public Set<TransportType> transportTypes() {
        return settings.filters().transportTypes();
    }

    public Set<CameraMake> cameraMakes() {
        return settings.filters().cameraMakes();
    }

    public ChallengeMetric metric() {
        return settings.metric();
    }

    @Override
    public String toString() {
        return "Challenge[id=" + id + ", owner=" + owner + ", name=" + settings.name() + "]";
    }
}
