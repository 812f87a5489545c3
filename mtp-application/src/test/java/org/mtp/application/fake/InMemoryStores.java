package org.mtp.application.fake;

import java.time.Duration;
import java.time.Instant;

/** Test double assembly: every in-memory store on one shared transaction backbone, plus a clock, ids and Mapillary. */
public final class InMemoryStores {

    public static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    public final InMemoryData data = new InMemoryData();
    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(data);
    public final MutableClock clock = new MutableClock(START);
    public final SequentialIds ids = new SequentialIds();
    public final InMemoryUserDirectory users = new InMemoryUserDirectory(data);
    public final InMemoryLikes likes = new InMemoryLikes(data);
    public final InMemoryViewpoints viewpoints = new InMemoryViewpoints(data);
    public final InMemoryDerivedData derived = new InMemoryDerivedData(data);
    public final InMemoryTours tours = new InMemoryTours(data, likes);
    public final InMemorySequences sequences = new InMemorySequences(data, likes, viewpoints, tours, users, derived);
    public final InMemoryChallenges challenges = new InMemoryChallenges(data, sequences);
    public final InMemoryLeaderboards leaderboards = new InMemoryLeaderboards(derived, users);
    public final InMemorySequenceMap sequenceMap = new InMemorySequenceMap(data, sequences);
    public final InMemoryMapillaryConnections mapillaryConnections = new InMemoryMapillaryConnections(data);
    public final InMemoryImportJobs importJobs = new InMemoryImportJobs(data);
    public final FakeMapillaryGateway mapillary = new FakeMapillaryGateway();
    public final FakeMapillaryAuthorization mapillaryAuthorization =
            new FakeMapillaryAuthorization(clock, Duration.ofDays(60));

    /** Everything stored, as one comparable value, for "nothing changed" assertions. */
    public Object contents() {
        return data.snapshotAll();
    }
}
