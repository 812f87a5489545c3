package org.mtp.application.port.out.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Contract of {@link UserRepository}: every implementation runs these tests through a subclass. */
public abstract class UserRepositoryContract {

    private UserRepository repository;
    private UnitOfWork unitOfWork;

    /** A fresh, empty repository. */
    protected abstract UserRepository newRepository();

    /** The transactions the repository runs in; the in-memory default runs the work directly. */
    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    @BeforeEach
    void setUpContract() {
        repository = newRepository();
        unitOfWork = newUnitOfWork();
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    private void save(User user) {
        unitOfWork.run(() -> repository.save(user));
    }

    protected static User user(String username, String email) {
        return new User(
                UserId.of(UUID.randomUUID()),
                Username.of(username),
                Email.of(email),
                new PasswordHash("pbkdf2-sha256$1000$c2FsdA$a2V5"),
                Instant.parse("2026-01-02T03:04:05.678Z"));
    }

    @Test
    void aSavedUserIsFoundByIdWithEveryField() {
        User alice = user("Alice", "Alice@Example.org");
        save(alice);

        assertThat(tx(() -> repository.findById(alice.id()))).contains(alice);
    }

    @Test
    void anUnknownUserIsNotFound() {
        save(user("alice", "alice@example.org"));

        assertThat(tx(() -> repository.findById(UserId.of(UUID.randomUUID())))).isEmpty();
        assertThat(tx(() -> repository.findByUsernameKey(Username.of("bob")))).isEmpty();
        assertThat(tx(() -> repository.findByEmailKey(Email.of("bob@example.org"))))
                .isEmpty();
    }

    @Test
    void usernameAndEmailAreFoundInAnyLetterCase() {
        User alice = user("Alice_1", "Alice@Example.org");
        save(alice);

        assertThat(tx(() -> repository.findByUsernameKey(Username.of("aLICE_1"))))
                .contains(alice);
        assertThat(tx(() -> repository.findByEmailKey(Email.of("ALICE@EXAMPLE.ORG"))))
                .contains(alice);
    }

    @Test
    void savingAgainReplacesTheUserWithTheSameId() {
        User alice = user("alice", "alice@example.org");
        save(alice);
        User changed = new User(
                alice.id(), alice.username(), Email.of("new@example.org"), alice.passwordHash(), alice.createdAt());

        save(changed);

        assertThat(tx(() -> repository.findById(alice.id()))).contains(changed);
        assertThat(tx(() -> repository.findByEmailKey(Email.of("alice@example.org"))))
                .isEmpty();
    }

    @Test
    void anotherUserWithTheSameUsernameKeyIsRefusedAndNothingChanges() {
        User alice = user("alice", "alice@example.org");
        save(alice);
        User impostor = user("ALICE", "other@example.org");

        assertThatThrownBy(() -> save(impostor))
                .isInstanceOfSatisfying(
                        DuplicateUserKeyException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(tx(() -> repository.findById(impostor.id()))).isEmpty();
        assertThat(tx(() -> repository.findByUsernameKey(Username.of("alice")))).contains(alice);
    }

    @Test
    void anotherUserWithTheSameEmailKeyIsRefusedAndNothingChanges() {
        User alice = user("alice", "alice@example.org");
        save(alice);
        User impostor = user("bob", "ALICE@example.org");

        assertThatThrownBy(() -> save(impostor))
                .isInstanceOfSatisfying(
                        DuplicateUserKeyException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(tx(() -> repository.findById(impostor.id()))).isEqualTo(Optional.empty());
    }
}
