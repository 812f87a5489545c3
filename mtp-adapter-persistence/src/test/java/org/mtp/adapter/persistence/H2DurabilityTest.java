package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.persistence.testing.ChildJvm;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;

/**
 * The default H2 store keeps every acknowledged commit when the process is killed, and lets an admin command work on
 * the data directory while {@code serve} holds it. Each test starts a second JVM.
 */
class H2DurabilityTest {

    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);
    private static final int SIGKILL_STATUS = 128 + 9;

    private Path dir;

    @BeforeEach
    void createDirectory() throws Exception {
        dir = Files.createTempDirectory("mtp-h2-durable-");
    }

    @AfterEach
    void deleteDirectory() {
        PersistenceExtension.deleteRecursively(dir);
    }

    @Test
    void givenTheDefaultUrl_whenTheProcessIsKilledRightAfterAnAcknowledgedCommit_thenTheRowIsThereOnReopen()
            throws Exception {
        Migrations.migrate(PersistenceConfig.h2(dir));
        UUID committed;
        try (ChildJvm child = ChildJvm.start(H2CommitThenWait.class, dir.toString())) {
            committed =
                    UUID.fromString(child.awaitLine("COMMITTED ", CHILD_TIMEOUT).substring("COMMITTED ".length()));
            assertThat(child.kill()).isEqualTo(SIGKILL_STATUS);
        }

        assertThat(usersWithId(committed)).isEqualTo(1);
    }

    /** The control experiment: with H2's write delay the very same kill loses the acknowledged commit. */
    @Test
    void givenAWriteDelay_whenTheProcessIsKilledRightAfterAnAcknowledgedCommit_thenTheRowIsLost() throws Exception {
        Migrations.migrate(PersistenceConfig.h2(dir));
        UUID committed;
        try (ChildJvm child = ChildJvm.start(H2CommitThenWait.class, dir.toString(), "60000")) {
            committed =
                    UUID.fromString(child.awaitLine("COMMITTED ", CHILD_TIMEOUT).substring("COMMITTED ".length()));
            assertThat(child.kill()).isEqualTo(SIGKILL_STATUS);
        }

        assertThat(usersWithId(committed)).isZero();
    }

    @Test
    void givenServeHoldsTheDataDirectory_whenAnAdminCommandOpensIt_thenBothWorkOnTheSameDurableData() throws Exception {
        try (PersistenceContext serve = PersistenceContext.start(PersistenceConfig.h2(dir))) {
            UUID servedUser = TestRows.user(serve.dataSource(), "served");

            String done;
            try (ChildJvm admin = ChildJvm.start(H2AdminCommand.class, dir.toString(), "admin_made")) {
                done = admin.awaitLine("DONE ", CHILD_TIMEOUT);
                assertThat(admin.awaitExit(CHILD_TIMEOUT)).as(admin.log()).isZero();
            }

            String[] parts = done.split(" ");
            assertThat(parts[2]).as("the admin command sees serve's user too").isEqualTo("2");
            assertThat(Sql.number(
                            serve.dataSource(),
                            "SELECT COUNT(*) FROM users WHERE id IN (?, ?)",
                            servedUser,
                            UUID.fromString(parts[1])))
                    .isEqualTo(2);
        }
    }

    private long usersWithId(UUID id) throws Exception {
        try (PersistenceContext reopened = PersistenceContext.start(PersistenceConfig.h2(dir))) {
            return Sql.number(reopened.dataSource(), "SELECT COUNT(*) FROM users WHERE id = ?", id);
        }
    }
}
