package org.mtp.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.ChangePasswordUseCase;
import org.mtp.application.port.in.account.IncorrectPasswordException;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.in.account.SignInThrottledException;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

class ChangePasswordServiceTest {

    private static final ClientAddress ADDRESS = ClientAddress.of("198.51.100.20");
    private static final String OLD = InMemoryAccounts.passwordOf("alice");
    private static final String NEW = "a brand new passphrase";
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private User alice;
    private SignInUseCase.SignedIn current;

    @BeforeEach
    void setUp() {
        alice = accounts.user("alice");
        accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");
        current = signIn(OLD);
    }

    private SignInUseCase.SignedIn signIn(String password) {
        return accounts.signIn.signIn(new SignInUseCase.Command("alice", RawPassword.of(password), ADDRESS));
    }

    private void change(String currentPassword, String newPassword) {
        accounts.changePassword.changePassword(new ChangePasswordUseCase.Command(
                alice.id(),
                RawPassword.of(currentPassword),
                RawPassword.of(newPassword),
                current.session().id(),
                ADDRESS));
    }

    @Test
    void theNewPasswordSignsInTheOldOneNoLonger() {
        change(OLD, NEW);

        assertThat(signIn(NEW).user().id()).isEqualTo(alice.id());
        assertThatThrownBy(() -> signIn(OLD)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.authenticateUser.authenticate(
                        new AuthenticateUserCommand("alice", RawPassword.of(NEW), ADDRESS)))
                .extracting(User::email)
                .isEqualTo(alice.email());
    }

    @Test
    void otherSessionsEndTheCurrentOneAndAppTokensStay() {
        AccessToken otherSession = signIn(OLD).session().token();
        AccessToken appToken = accounts.tokenFor(alice, ClientId.of("uploader"), null);

        change(OLD, NEW);

        assertThatThrownBy(() -> accounts.resolveSession.resolve(otherSession))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(accounts.resolveSession
                        .resolve(current.session().token())
                        .user()
                        .id())
                .isEqualTo(alice.id());
        assertThat(accounts.resolveAccessToken.resolve(appToken).user().id()).isEqualTo(alice.id());
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndCountsAsAFailedSignIn() {
        AccessToken otherSession = signIn(OLD).session().token();

        for (int i = 0; i < accounts.signInLimits.perAccount(); i++) {
            assertThatThrownBy(() -> change("not the password", NEW))
                    .isInstanceOfSatisfying(
                            IncorrectPasswordException.class,
                            e -> assertThat(e.field()).isEqualTo("current_password"));
        }

        assertThatThrownBy(() -> change(OLD, NEW)).isInstanceOf(SignInThrottledException.class);
        assertThat(accounts.resolveSession.resolve(otherSession).user().id()).isEqualTo(alice.id());
        assertThat(accounts.users.findById(alice.id()).orElseThrow().passwordHash())
                .isEqualTo(alice.passwordHash());
    }
}
