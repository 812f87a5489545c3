package org.mtp.application.port.out.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.importing.ImportFailure;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.application.model.importing.ImportRunner;
import org.mtp.application.model.importing.ImportStatus;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Contract of {@link ImportJobStore}: every implementation runs these tests through a subclass. */
public abstract class ImportJobStoreContract {

    private static final Instant AT = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("seqKeyOne");
    private static final ImportRunner NODE_A =
            new ImportRunner(UUID.fromString("0a0a0a0a-0000-4000-8000-00000000000a"));
    private static final ImportRunner NODE_B =
            new ImportRunner(UUID.fromString("0b0b0b0b-0000-4000-8000-00000000000b"));
    private ImportJobStore store;
    private UnitOfWork unitOfWork;

    protected abstract ImportJobStore newStore();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** Two distinct users the imports may belong to; override when the store enforces a foreign key. */
    protected List<UserId> existingUsers() {
        return List.of(
                UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001")),
                UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000002")));
    }

    @BeforeEach
    void setUpContract() {
        store = newStore();
        unitOfWork = newUnitOfWork();
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    private ImportJobId created(UserId owner) {
        return created(owner, NODE_A);
    }

    private ImportJobId created(UserId owner, ImportRunner runner) {
        ImportJobId id = ImportJobId.of(UUID.randomUUID());
        unitOfWork.run(() -> store.create(ImportJob.queued(id, owner, KEY, AT), runner));
        return id;
    }

    private ImportJob read(ImportJobId id) {
        return tx(() -> store.find(id)).orElseThrow();
    }

    @Test
    void aNewImportIsQueuedWithNothingFetched() {
        UserId owner = existingUsers().get(0);
        ImportJobId id = created(owner);

        assertThat(read(id)).isEqualTo(ImportJob.queued(id, owner, KEY, AT));
        assertThat(tx(() -> store.find(ImportJobId.of(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void progressRunsTheImportAndNeverGoesBack() {
        ImportJobId id = created(existingUsers().get(0));

        unitOfWork.run(() -> store.progress(id, 300, 5000, AT.plusSeconds(1)));
        unitOfWork.run(() -> store.progress(id, 200, 5000, AT.plusSeconds(2)));

        ImportJob job = read(id);
        assertThat(job.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(job.fetched()).isEqualTo(300);
        assertThat(job.total()).isEqualTo(5000);
        assertThat(job.updatedAt()).isEqualTo(AT.plusSeconds(2));
    }

    @Test
    void aFailureKeepsItsCodeAndRetryTime() {
        ImportJobId id = created(existingUsers().get(0));
        Instant retry = AT.plusSeconds(600);

        unitOfWork.run(() -> store.fail(id, new ImportFailure("mapillary_rate_limited", Optional.of(retry)), AT));

        ImportJob job = read(id);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.failure()).contains(new ImportFailure("mapillary_rate_limited", Optional.of(retry)));
    }

    @Test
    void aDoneImportNamesItsSequenceAndChangesNoMore() {
        ImportJobId id = created(existingUsers().get(0));
        SequenceId sequence = SequenceId.of(UUID.randomUUID());
        unitOfWork.run(() -> store.progress(id, 10, 10, AT));

        unitOfWork.run(() -> store.done(id, sequence, AT.plusSeconds(1)));
        unitOfWork.run(() -> store.fail(id, ImportFailure.of(ImportFailure.FAILED), AT.plusSeconds(2)));
        unitOfWork.run(() -> store.progress(id, 11, 11, AT.plusSeconds(3)));

        ImportJob job = read(id);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.sequence()).contains(sequence);
        assertThat(job.fetched()).isEqualTo(10);
    }

    @Test
    void failingTheSilentLeavesFinishedImportsAlone() {
        UserId owner = existingUsers().get(0);
        ImportJobId queued = created(owner);
        ImportJobId running = created(existingUsers().get(1));
        ImportJobId done = created(owner);
        unitOfWork.run(() -> store.progress(running, 1, 2, AT));
        unitOfWork.run(() -> store.done(done, SequenceId.of(UUID.randomUUID()), AT));

        int failed = tx(
                () -> store.failSilent(AT.plusSeconds(1), ImportFailure.of(ImportFailure.CUT_OFF), AT.plusSeconds(5)));

        assertThat(failed).isEqualTo(2);
        assertThat(read(queued).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(read(running).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(read(running).fetched()).isEqualTo(1);
        assertThat(read(done).status()).isEqualTo(ImportStatus.DONE);
    }

    @Test
    void aRunnerThatReportsIn_keepsItsImportsAlive_whileASilentOnesAreCutOff() {
        UserId owner = existingUsers().get(0);
        ImportJobId ofA = created(owner, NODE_A);
        ImportJobId ofB = created(owner, NODE_B);
        unitOfWork.run(() -> store.progress(ofB, 5, 10, AT.plusSeconds(30)));

        assertThat(tx(() -> store.heartbeat(NODE_A, AT.plusSeconds(60)))).isEqualTo(1);
        int failed = tx(() ->
                store.failSilent(AT.plusSeconds(45), ImportFailure.of(ImportFailure.CUT_OFF), AT.plusSeconds(61)));

        // B's progress report is no heartbeat: only its runner reporting in keeps it alive
        assertThat(failed).isEqualTo(1);
        assertThat(read(ofA).status().finished()).isFalse();
        assertThat(read(ofB).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(read(ofB).fetched()).isEqualTo(5);
        assertThat(tx(() -> store.heartbeat(NODE_B, AT.plusSeconds(62)))).isZero();
    }

    @Test
    void aStoppingRunnerCutsOffItsOwnImportsOnly() {
        UserId owner = existingUsers().get(0);
        ImportJobId ofA = created(owner, NODE_A);
        ImportJobId ofB = created(existingUsers().get(1), NODE_B);

        assertThat(tx(() -> store.failRunner(NODE_A, ImportFailure.of(ImportFailure.CUT_OFF), AT.plusSeconds(1))))
                .isEqualTo(1);

        assertThat(read(ofA).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(read(ofB).status().finished()).isFalse();
    }

    @Test
    void anImportCutOffMeanwhileIsNotMarkedDone_andSaysSo() {
        ImportJobId id = created(existingUsers().get(0));
        unitOfWork.run(() -> store.progress(id, 1, 3, AT));
        tx(() -> store.failRunner(NODE_A, ImportFailure.of(ImportFailure.CUT_OFF), AT.plusSeconds(1)));

        boolean marked = tx(() -> store.done(id, SequenceId.of(UUID.randomUUID()), AT.plusSeconds(2)));

        assertThat(marked).isFalse();
        assertThat(read(id).failure()).contains(ImportFailure.of(ImportFailure.CUT_OFF));
        assertThat(read(id).sequence()).isEmpty();
        assertThat(tx(() -> store.done(created(existingUsers().get(0)), SequenceId.of(UUID.randomUUID()), AT)))
                .isTrue();
    }

    @Test
    void aChangeRolledBackWithItsUnitOfWorkLeavesNoTrace() {
        ImportJobId id = created(existingUsers().get(0));

        try {
            unitOfWork.run(() -> {
                store.done(id, SequenceId.of(UUID.randomUUID()), AT);
                throw new IllegalStateException("the sequence's write failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(read(id).status()).isEqualTo(ImportStatus.QUEUED);
    }
}
