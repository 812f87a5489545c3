package org.mtp.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.fake.InMemoryUserRepository;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.UserConflictException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

class SignUpServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();

    private static SignUpCommand command(String username, String email) {
        return new SignUpCommand(Username.of(username), Email.of(email), RawPassword.of("a long password"));
    }

    @Test
    void aNewUserIsStoredWithOnlyASlowHashOfThePasswordInOneTransaction() {
        User user = accounts.signUp.signUp(command("Alice", "Alice@Example.org"));

        assertThat(accounts.users.findById(user.id())).contains(user);
        assertThat(user.createdAt()).isEqualTo(accounts.clock.instant());
        assertThat(user.passwordHash().encoded()).startsWith("pbkdf2-sha256$").doesNotContain("a long password");
        assertThat(accounts.passwordHasher.matches(RawPassword.of("a long password"), user.passwordHash()))
                .isTrue();
        assertThat(accounts.unitOfWork.transactions()).isEqualTo(1);
    }

    @Test
    void aUsernameTakenInAnotherLetterCaseIsAConflictAndNothingChanges() {
        accounts.signUp.signUp(command("Alice", "alice@example.org"));

        assertThatThrownBy(() -> accounts.signUp.signUp(command("aLICE", "other@example.org")))
                .isInstanceOfSatisfying(UserConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.code()).isEqualTo("conflict");
                });
        assertThat(accounts.users.count()).isEqualTo(1);
    }

    @Test
    void anEmailTakenInAnotherLetterCaseIsAConflictAndNothingChanges() {
        accounts.signUp.signUp(command("alice", "alice@example.org"));

        assertThatThrownBy(() -> accounts.signUp.signUp(command("bob", "ALICE@example.ORG")))
                .isInstanceOfSatisfying(
                        UserConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.users.count()).isEqualTo(1);
    }

    @Test
    void aRaceLostAtTheStoresUniqueKeyIsStillAConflict() {
        InMemoryUserRepository store = new InMemoryUserRepository();
        UserRepository blindToDuplicates = new UserRepository() {
            @Override
            public Optional<User> findById(UserId id) {
                return store.findById(id);
            }

            @Override
            public Optional<User> findByUsernameKey(Username username) {
                return Optional.empty();
            }

            @Override
            public Optional<User> findByEmailKey(Email email) {
                return Optional.empty();
            }

            @Override
            public void save(User user) {
                store.save(user);
            }
        };
        SignUpService service =
                new SignUpService(blindToDuplicates, accounts.passwordHasher, accounts.unitOfWork, accounts.clock);
        service.signUp(command("alice", "alice@example.org"));

        assertThatThrownBy(() -> service.signUp(command("bob", "Alice@example.org")))
                .isInstanceOfSatisfying(
                        UserConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(store.count()).isEqualTo(1);
    }
}
