package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestSequences.details;
import static org.mtp.domain.TestSequences.mapillarySequence;
import static org.mtp.domain.TestSequences.mapillaryUserOf;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.fake.TestServices;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportStatus;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.sequence.AttachStoredMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.service.sequence.BackgroundImportService;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceStatus;

/** Imports in the background: state kept in the store, every failure recorded with nothing half-written. */
class BackgroundImportTest {

    private static final MapillaryToken ALICE_TOKEN = MapillaryToken.of("MLYaliceToken");
    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("aliceSeq0001");

    private TestServices app;
    private InMemoryStores stores;

    @BeforeEach
    void setUp() {
        app = new TestServices(new InMemoryStores(), OptionalInt.of(1));
        stores = app.stores;
        stores.users.register(alice(), TestUsers.usernameOf(alice()));
        stores.users.register(bob(), TestUsers.usernameOf(bob()));
        stores.mapillary.addUser(mapillaryUserOf(alice()), ALICE_TOKEN);
        stores.mapillary.addSequence(
                mapillarySequence(KEY.value(), alice(), GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2)));
        app.mapillaryConnections.verifyAndStore(alice(), ALICE_TOKEN);
    }

    private ImportSequenceUseCase.Command command() {
        return new ImportSequenceUseCase.Command(alice(), KEY, details("Coast"));
    }

    private ImportJob job(ImportJobId id) {
        return app.backgroundImports.importOf(alice(), id).orElseThrow();
    }

    @Test
    void anImportIsQueuedThenRunsToItsSequenceWhichIsStoredWithDone() {
        app.importRunner.hold();
        ImportJobId id = app.backgroundImports.startImport(command());
        assertThat(job(id).status()).isEqualTo(ImportStatus.QUEUED);
        assertThat(app.backgroundImports.importOf(bob(), id)).isEmpty();

        app.importRunner.release();

        ImportJob done = job(id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.fetched()).isEqualTo(3);
        assertThat(done.total()).isEqualTo(3);
        SequenceId sequence = done.sequence().orElseThrow();
        assertThat(app.queries.get(null, sequence).sequence().isPublished()).isTrue();
    }

    @Test
    void aRateLimitedImportFailsWithItsRetryTimeAndWritesNoSequence() {
        app.importRunner.hold();
        ImportJobId id = app.backgroundImports.startImport(command());
        stores.mapillary.failNextWith(new MapillaryException.RateLimited("slow down", Duration.ofMinutes(5)));
        Object before = stores.sequences.snapshot();

        app.importRunner.release();

        assertThat(job(id).failure())
                .contains(new ImportFailure(
                        "mapillary_rate_limited", Optional.of(InMemoryStores.START.plus(Duration.ofMinutes(5)))));
        assertThat(stores.sequences.snapshot()).isEqualTo(before);
    }

    @Test
    void theQuickChecksFailAtOnceWithNoImportStarted() {
        app.backgroundImports.startImport(command());

        assertThatThrownBy(() -> app.backgroundImports.startImport(command()))
                .isInstanceOf(SequenceFailures.KeyTaken.class);
        stores.mapillary.addSequence(mapillarySequence("aliceSeq0002", alice(), GeoPoint.of(1, 1)));
        assertThatThrownBy(() -> app.backgroundImports.startImport(new ImportSequenceUseCase.Command(
                        alice(), MapillarySequenceKey.of("aliceSeq0002"), details("Again"))))
                .isInstanceOf(ImportLimitReachedException.class);
    }

    @Test
    void aFullQueueFailsTheImportAsBusy() {
        app.importRunner.refuse();

        ImportJobId id = app.backgroundImports.startImport(command());

        assertThat(job(id).failure()).contains(ImportFailure.of(ImportFailure.BUSY));
    }

    @Test
    void importsOfAProcessThatFellSilent_areCutOffByTheNextNodeToReportIn_andWriteNothing() {
        app.importRunner.hold();
        ImportJobId id = app.backgroundImports.startImport(command());
        Object before = stores.sequences.snapshot();
        // the process that runs it crashes: it never reports in again; another node (or its restart) starts
        TestServices next = new TestServices(stores, OptionalInt.of(1));

        assertThat(next.backgroundImports.keepAlive()).isZero();
        stores.clock.advance(BackgroundImportService.SILENCE.plusSeconds(1));
        assertThat(next.backgroundImports.keepAlive()).isEqualTo(1);

        assertThat(job(id).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        app.importRunner.release();
        assertThat(job(id).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(stores.sequences.snapshot()).isEqualTo(before);
    }

    @Test
    void anotherNodesStart_leavesTheImportsOfANodeThatReportsIn_toFinish() {
        app.importRunner.hold();
        ImportJobId id = app.backgroundImports.startImport(command());
        TestServices other = new TestServices(stores, OptionalInt.of(1));

        for (int beat = 0; beat < 8; beat++) {
            stores.clock.advance(BackgroundImportService.HEARTBEAT);
            app.backgroundImports.keepAlive();
            assertThat(other.backgroundImports.keepAlive()).isZero();
        }
        app.importRunner.release();

        assertThat(job(id).status()).isEqualTo(ImportStatus.DONE);
    }

    @Test
    void aStoppingProcess_cutsOffItsOwnImports_whichThenWriteNothing() {
        app.importRunner.hold();
        ImportJobId id = app.backgroundImports.startImport(command());
        Object before = stores.sequences.snapshot();

        assertThat(app.backgroundImports.stop()).isEqualTo(1);
        app.importRunner.release();

        assertThat(job(id).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(stores.sequences.snapshot()).isEqualTo(before);
    }

    @Test
    void aDraftIsFinishedWithTheStoredConnection() {
        SequenceId draft = app.createDraft.createDraft(new CreateDraftUseCase.Command(alice(), details("Draft")));

        var view = app.attachStored.attachStored(new AttachStoredMapillaryUseCase.Command(alice(), draft, KEY));

        assertThat(view.sequence().status()).isEqualTo(SequenceStatus.PUBLISHED);
        assertThat(view.sequence().photoCount()).isEqualTo(3);
    }
}
