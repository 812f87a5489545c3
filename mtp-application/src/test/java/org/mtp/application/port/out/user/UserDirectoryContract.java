package org.mtp.application.port.out.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Contract of {@link UserDirectory}: every implementation runs these tests through a subclass. */
public abstract class UserDirectoryContract {

    private static final UserId ALICE = UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-00000000000a"));
    private static final UserId ALICE_1 = UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-00000000000b"));

    private UserDirectory directory;
    private UnitOfWork unitOfWork;

    /** A fresh directory that knows no user yet. */
    protected abstract UserDirectory newDirectory();

    /** Makes a user with this id and username known to the directory {@link #newDirectory()} last returned. */
    protected abstract void addUser(UserId id, Username username);

    /** The transactions the directory runs in; the in-memory default runs the work directly. */
    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    @BeforeEach
    void setUpContract() {
        directory = newDirectory();
        unitOfWork = newUnitOfWork();
        addUser(ALICE, Username.of("Alice"));
        addUser(ALICE_1, Username.of("alice-1"));
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void aUsersNameIsFoundByIdAsItWasWritten() {
        assertThat(tx(() -> directory.usernameOf(ALICE))).contains(Username.of("Alice"));
        assertThat(tx(() -> directory.usernameOf(ALICE_1))).contains(Username.of("alice-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice", "alice", "ALICE", "aLiCe"})
    void anIdIsFoundByTheUsernameInAnyLetterCase(String name) {
        assertThat(tx(() -> directory.idOf(Username.of(name)))).contains(ALICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alic", "alice-", "alice_1", "bob"})
    void aNameThatIsOnlySimilarFindsNobody(String name) {
        assertThat(tx(() -> directory.idOf(Username.of(name)))).isEmpty();
    }

    @Test
    void manyNamesAreFoundAtOnce_andUnknownIdsAreLeftOut() {
        UserId unknown = UserId.of(UUID.randomUUID());

        assertThat(tx(() -> directory.usernamesOf(List.of(ALICE, unknown, ALICE_1))))
                .isEqualTo(Map.of(ALICE, Username.of("Alice"), ALICE_1, Username.of("alice-1")));
        assertThat(tx(() -> directory.usernamesOf(List.of()))).isEmpty();
    }

    @Test
    void anUnknownIdHasNoName() {
        assertThat(tx(() -> directory.usernameOf(UserId.of(UUID.randomUUID())))).isEmpty();
    }
}
