package org.mtp.application.fake;

import java.security.SecureRandom;
import java.util.OptionalInt;
import java.util.UUID;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.application.service.challenge.ChallengeService;
import org.mtp.application.service.leaderboard.LeaderboardService;
import org.mtp.application.service.map.SequenceMapService;
import org.mtp.application.service.mapillary.MapillaryConnectionReader;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.application.service.mapillary.MapillaryDisconnection;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
import org.mtp.application.service.profile.ProfileService;
import org.mtp.application.service.sequence.AttachMapillaryService;
import org.mtp.application.service.sequence.AttachStoredMapillaryService;
import org.mtp.application.service.sequence.BackgroundImportService;
import org.mtp.application.service.sequence.CreateDraftService;
import org.mtp.application.service.sequence.DeleteSequenceService;
import org.mtp.application.service.sequence.EditSequenceService;
import org.mtp.application.service.sequence.ImportLimit;
import org.mtp.application.service.sequence.ImportSequenceService;
import org.mtp.application.service.sequence.ListImportableService;
import org.mtp.application.service.sequence.OwnedMapillaryFetch;
import org.mtp.application.service.sequence.PhotoThumbnailService;
import org.mtp.application.service.sequence.SequenceQueries;
import org.mtp.application.service.social.LikeService;
import org.mtp.application.service.social.LikeStatusService;
import org.mtp.application.service.social.ViewpointService;
import org.mtp.application.service.tour.TourService;

/** The sequence, social, tour, leaderboard and challenge services wired by hand on in-memory stores. */
public final class TestServices {

    public final InMemoryStores stores;
    public final CreateDraftService createDraft;
    public final AttachMapillaryService attach;
    public final ImportSequenceService importSequence;
    public final ListImportableService listImportable;
    public final HeldExecutor importRunner = new HeldExecutor();
    public final BackgroundImportService backgroundImports;
    public final AttachStoredMapillaryService attachStored;
    public final EditSequenceService edit;
    public final DeleteSequenceService delete;
    public final SequenceQueries queries;
    public final SequenceMapService sequenceMap;
    public final PhotoThumbnailService thumbnails;
    public final LikeService likes;
    public final ViewpointService viewpoints;
    public final TourService tours;
    public final LeaderboardService leaderboards;
    public final ChallengeService challenges;
    public final MapillaryConnectionService mapillaryConnections;
    public final LikeStatusService likeStatus;
    public final ProfileService profiles;
    public final MapillaryConnectionReader mapillaryConnection;
    public final MapillaryDisconnection mapillaryDisconnection;

    public TestServices(InMemoryStores s, OptionalInt dailyImportLimit) {
        this.stores = s;
        ImportLimit limit = new ImportLimit(dailyImportLimit, s.sequences, s.unitOfWork, s.clock);
        OwnedMapillaryFetch fetch = new OwnedMapillaryFetch(s.mapillary);
        StoredMapillaryToken tokens =
                new StoredMapillaryToken(s.mapillaryConnections, s.mapillaryAuthorization, s.unitOfWork, s.clock);
        createDraft = new CreateDraftService(s.sequences, s.derived, s.unitOfWork, s.ids, s.clock);
        attach = new AttachMapillaryService(s.sequences, s.sequences, s.derived, fetch, limit, s.unitOfWork, s.clock);
        importSequence = new ImportSequenceService(
                s.sequences, s.sequences, s.derived, tokens, fetch, limit, s.unitOfWork, s.ids, s.clock);
        backgroundImports = new BackgroundImportService(
                importSequence,
                s.importJobs,
                s.unitOfWork,
                importRunner,
                s.ids,
                s.clock,
                new ImportRunner(UUID.randomUUID()));
        attachStored = new AttachStoredMapillaryService(tokens, attach);
        listImportable = new ListImportableService(tokens, s.mapillary, s.sequences, s.unitOfWork);
        edit = new EditSequenceService(s.sequences, s.sequences, s.derived, s.unitOfWork);
        delete = new DeleteSequenceService(s.sequences, s.tours, s.derived, s.unitOfWork);
        queries = new SequenceQueries(s.sequences, s.challenges, s.unitOfWork);
        sequenceMap = new SequenceMapService(s.sequenceMap, s.unitOfWork);
        thumbnails = new PhotoThumbnailService(s.sequences, s.mapillary, FakeMapillaryGateway.APP_TOKEN, s.unitOfWork);
        likes = new LikeService(s.sequences, s.tours, s.likes, s.derived, s.unitOfWork, s.clock);
        viewpoints = new ViewpointService(s.sequences, s.viewpoints, s.derived, s.unitOfWork, s.clock);
        tours = new TourService(s.tours, s.sequences, s.sequences, s.derived, s.users, s.unitOfWork, s.ids, s.clock);
        leaderboards = new LeaderboardService(s.leaderboards, s.unitOfWork);
        challenges = new ChallengeService(s.challenges, s.challenges, s.users, s.unitOfWork, s.ids, s.clock);
        mapillaryConnections = new MapillaryConnectionService(
                s.mapillary,
                s.mapillaryAuthorization,
                s.mapillaryConnections,
                s.mapillaryConnections,
                s.unitOfWork,
                s.clock,
                new SecureRandom());
        likeStatus = new LikeStatusService(s.likes, s.unitOfWork);
        profiles = new ProfileService(s.users, s.leaderboards, s.unitOfWork);
        mapillaryConnection = new MapillaryConnectionReader(s.mapillaryConnections, s.unitOfWork);
        mapillaryDisconnection = new MapillaryDisconnection(s.mapillaryConnections, s.unitOfWork);
    }

    public TestServices() {
        this(new InMemoryStores(), OptionalInt.empty());
    }
}
