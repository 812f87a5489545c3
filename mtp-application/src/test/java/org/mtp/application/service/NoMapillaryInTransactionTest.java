package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.domain.TestSequences.details;
import static org.mtp.domain.TestSequences.mapillarySequence;
import static org.mtp.domain.TestSequences.mapillaryUserOf;
import static org.mtp.domain.TestUsers.alice;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.FakeMapillaryGateway;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
import org.mtp.application.service.sequence.AttachMapillaryService;
import org.mtp.application.service.sequence.CreateDraftService;
import org.mtp.application.service.sequence.ImportLimit;
import org.mtp.application.service.sequence.ImportSequenceService;
import org.mtp.application.service.sequence.ListImportableService;
import org.mtp.application.service.sequence.OwnedMapillaryFetch;
import org.mtp.application.service.sequence.PhotoThumbnailService;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.time.TimeRange;

/** A slow Mapillary must never hold a database transaction open: every gateway call happens outside one. */
class NoMapillaryInTransactionTest {

    private static final MapillaryToken TOKEN = MapillaryToken.of("MLYtxToken");

    private final InMemoryStores stores = new InMemoryStores();
    private final List<String> callsInsideATransaction = new ArrayList<>();

    private final MapillaryGateway watched = new MapillaryGateway() {
        private void check(String call) {
            if (stores.unitOfWork.inTransaction()) {
                callsInsideATransaction.add(call);
            }
        }

        @Override
        public MapillaryUser verifyToken(MapillaryToken token) {
            check("verifyToken");
            return stores.mapillary.verifyToken(token);
        }

        @Override
        public List<MapillarySequenceSummary> listSequences(
                MapillaryToken token, MapillaryUser user, TimeRange window) {
            check("listSequences");
            return stores.mapillary.listSequences(token, user, window);
        }

        @Override
        public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key) {
            check("fetchSequence");
            return stores.mapillary.fetchSequence(token, key);
        }

        @Override
        public MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image) {
            check("fetchThumbnail");
            return stores.mapillary.fetchThumbnail(token, image);
        }
    };

    @Test
    void attachImportListConnectAndThumbnailsCallMapillaryOnlyOutsideTransactions() {
        stores.users.register(alice(), TestUsers.usernameOf(alice()));
        stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);
        stores.mapillary.addSequence(mapillarySequence("txSeq1", alice(), GeoPoint.of(0, 0)));
        stores.mapillary.addSequence(mapillarySequence("txSeq2", alice(), GeoPoint.of(1, 1)));
        ImportLimit limit = new ImportLimit(OptionalInt.of(10), stores.sequences, stores.unitOfWork, stores.clock);
        OwnedMapillaryFetch fetch = new OwnedMapillaryFetch(watched);
        StoredMapillaryToken tokens = new StoredMapillaryToken(
                stores.mapillaryConnections, stores.mapillaryAuthorization, stores.unitOfWork, stores.clock);
        new MapillaryConnectionService(
                        watched,
                        stores.mapillaryAuthorization,
                        stores.mapillaryConnections,
                        stores.mapillaryConnections,
                        stores.unitOfWork,
                        stores.clock,
                        new SecureRandom())
                .verifyAndStore(alice(), TOKEN);
        SequenceId draft = new CreateDraftService(
                        stores.sequences, stores.derived, stores.unitOfWork, stores.ids, stores.clock)
                .createDraft(new CreateDraftUseCase.Command(alice(), details("Draft")));

        new AttachMapillaryService(
                        stores.sequences,
                        stores.sequences,
                        stores.derived,
                        fetch,
                        limit,
                        stores.unitOfWork,
                        stores.clock)
                .attach(new AttachMapillaryUseCase.Command(
                        alice(), draft, MapillarySequenceKey.of("txSeq1"), TOKEN, null));
        SequenceView imported = new ImportSequenceService(
                        stores.sequences,
                        stores.sequences,
                        stores.derived,
                        tokens,
                        fetch,
                        limit,
                        stores.unitOfWork,
                        stores.ids,
                        stores.clock)
                .importSequence(
                        new ImportSequenceUseCase.Command(alice(), MapillarySequenceKey.of("txSeq2"), details("One")));
        new ListImportableService(tokens, watched, stores.sequences, stores.unitOfWork)
                .listImportable(new ListImportableUseCase.Query(
                        alice(), TimeRange.of(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))));

        Sequence sequence = imported.sequence();
        new PhotoThumbnailService(stores.sequences, watched, FakeMapillaryGateway.APP_TOKEN, stores.unitOfWork)
                .find(alice(), sequence.id(), sequence.photos().get(0).key())
                .fetch();

        assertThat(stores.mapillary.calls("fetchThumbnail")).isEqualTo(1);
        assertThat(stores.mapillary.totalCalls()).isGreaterThanOrEqualTo(7);
        assertThat(callsInsideATransaction).isEmpty();
    }
}
