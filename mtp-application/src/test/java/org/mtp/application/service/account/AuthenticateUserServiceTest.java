package org.mtp.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

class AuthenticateUserServiceTest {

    private static final ClientAddress ADDRESS = ClientAddress.of("192.0.2.1");

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;

    @BeforeEach
    void signUpAlice() {
        alice = accounts.user("Alice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice", "alice", " ALICE ", "alice@example.org", "Alice@EXAMPLE.org"})
    void aUserSignsInByUsernameOrEmailInAnyLetterCase(String login) {
        User user = accounts.authenticateUser.authenticate(
                new AuthenticateUserCommand(login, RawPassword.of(InMemoryAccounts.passwordOf("Alice")), ADDRESS));

        assertThat(user).isEqualTo(alice);
    }

    @ParameterizedTest
    @CsvSource({
        "alice,wrong password",
        "bob,password-of-Alice",
        "bob@example.org,password-of-Alice",
        "not a username,password-of-Alice",
        "@,password-of-Alice"
    })
    void aWrongPasswordOrUnknownLoginFailsTheSameWay(String login, String password) {
        assertThatThrownBy(() -> accounts.authenticateUser.authenticate(
                        new AuthenticateUserCommand(login, RawPassword.of(password), ADDRESS)))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("the username or email and password do not match");
    }

    @Test
    void signingInChangesNothing() {
        accounts.authenticateUser.authenticate(
                new AuthenticateUserCommand("alice", RawPassword.of(InMemoryAccounts.passwordOf("Alice")), ADDRESS));

        assertThat(accounts.users.findById(alice.id())).contains(alice);
        assertThat(accounts.users.count()).isEqualTo(1);
    }
}
