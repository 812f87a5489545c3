package org.mtp.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.application.fake.InMemorySignInAttemptStore;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.fake.InMemoryUserRepository;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.in.account.SignInThrottledException;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/** The sign-in limits, per account and per address, in windows measured on an adjustable clock. */
class SignInLimitsTest {

    private static final ClientAddress HOME = ClientAddress.of("198.51.100.20");
    private static final ClientAddress CAFE = ClientAddress.of("203.0.113.9");
    private static final SignInLimits LIMITS = new SignInLimits(3, 5, Duration.ofMinutes(15));

    private final AdjustableClock clock = AdjustableClock.at("2026-05-01T12:00:00Z");
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySignInAttemptStore attempts = new InMemorySignInAttemptStore();
    private final CountingHasher hasher =
            new CountingHasher(new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS));
    private final AuthenticateUserUseCase authenticate =
            new AuthenticateUserService(users, hasher, attempts, unitOfWork, clock, LIMITS);

    @BeforeEach
    void signUp() {
        for (String name : new String[] {"alice", "bob", "carol", "dave", "erin", "frank"}) {
            new SignUpService(users, hasher, unitOfWork, clock)
                    .signUp(new SignUpCommand(
                            Username.of(name), Email.of(name + "@example.org"), RawPassword.of(name + "-password")));
        }
    }

    @Test
    void afterTheAccountsLimitOfFailuresEvenTheRightPasswordIsRefusedWithoutAnyHash() {
        failTimes("alice", HOME, 3);
        int hashesBefore = hasher.calls.get();

        assertThatThrownBy(() -> signIn("alice", "alice-password", HOME))
                .isInstanceOfSatisfying(SignInThrottledException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(e.code()).isEqualTo("sign_in_throttled");
                });
        assertThat(hasher.calls.get()).isEqualTo(hashesBefore);
    }

    @Test
    void theAccountsLimitHoldsFromEveryAddressAndForTheEmailAsForTheUsername() {
        fail("alice", HOME);
        fail("ALICE@example.org", CAFE);
        fail("Alice", CAFE);

        assertThatThrownBy(() -> signIn("alice@example.org", "alice-password", ClientAddress.of("192.0.2.77")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn("bob", "bob-password", HOME).username().value()).isEqualTo("bob");
    }

    @Test
    void retryAfterCountsDownAndTheWindowEndsFifteenMinutesAfterTheFirstFailure() {
        fail("alice", HOME);
        clock.advance(Duration.ofMinutes(5));
        fail("alice", HOME);
        fail("alice", HOME);
        clock.advance(Duration.ofMinutes(4).plusMillis(500));

        assertThatThrownBy(() -> signIn("alice", "alice-password", HOME))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(6)));

        clock.advance(Duration.ofMinutes(5).plusSeconds(59).plusMillis(500));
        assertThat(signIn("alice", "alice-password", HOME).username().value()).isEqualTo("alice");
    }

    @Test
    void theAddressLimitHoldsAcrossAccountsAndOtherAddressesAreNotAffected() {
        fail("alice", HOME);
        fail("bob", HOME);
        fail("carol", HOME);
        fail("dave", HOME);
        fail("nobody-at-all", HOME);
        int hashesBefore = hasher.calls.get();

        assertThatThrownBy(() -> signIn("erin", "erin-password", HOME)).isInstanceOf(SignInThrottledException.class);
        assertThat(hasher.calls.get()).isEqualTo(hashesBefore);
        assertThat(signIn("erin", "erin-password", CAFE).username().value()).isEqualTo("erin");
    }

    @Test
    void aSuccessClearsTheAccountsFailuresButLeavesTheAddressesFailuresCounted() {
        fail("alice", HOME);
        fail("alice", HOME);

        signIn("alice", "alice-password", HOME);

        failTimes("alice", CAFE, 3);
        assertThatThrownBy(() -> signIn("alice", "alice-password", CAFE)).isInstanceOf(SignInThrottledException.class);
        // HOME: two failures, one success (taken back), then three more failures on other accounts.
        fail("bob", HOME);
        fail("carol", HOME);
        fail("dave", HOME);
        assertThatThrownBy(() -> signIn("erin", "erin-password", HOME)).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void unknownLoginsAreLimitedLikeAccountsSoA429DoesNotTellWhichAccountsExist() {
        failTimes("no-such-user", HOME, 3);

        assertThatThrownBy(() -> signIn("No-Such-User", "whatever-password", CAFE))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void anIpv6SubscriberCannotEscapeTheAddressLimitByChangingTheLast64Bits() {
        String[] logins = {"alice", "bob", "carol", "dave", "nobody-at-all"};
        for (int i = 0; i < logins.length; i++) {
            fail(logins[i], ClientAddress.of("2001:db8:1:2::" + (i + 1)));
        }

        assertThatThrownBy(() -> signIn("erin", "erin-password", ClientAddress.of("2001:db8:1:2:ffff::1")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn("erin", "erin-password", ClientAddress.of("2001:db8:1:3::1")))
                .extracting(user -> user.username().value())
                .isEqualTo("erin");
    }

    @Test
    void oldWindowsArePrunedAsSignInsGoOn() {
        fail("alice", HOME);
        fail("bob", CAFE);
        clock.advance(Duration.ofMinutes(16));

        signIn("carol", "carol-password", HOME);

        // Alice's, Bob's and CAFE's windows are gone; HOME's new window stays (Carol's own is cleared).
        assertThat(attempts.size()).isEqualTo(1);
    }

    private User signIn(String login, String password, ClientAddress from) {
        return authenticate.authenticate(new AuthenticateUserCommand(login, RawPassword.of(password), from));
    }

    private void fail(String login, ClientAddress from) {
        assertThatThrownBy(() -> signIn(login, "a-wrong-password", from))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    private void failTimes(String login, ClientAddress from, int times) {
        for (int i = 0; i < times; i++) {
            fail(login, from);
        }
    }

    /** Counts every hash and check, to prove a refused attempt costs none. */
    static final class CountingHasher implements PasswordHasher {

        final AtomicInteger calls = new AtomicInteger();
        private final PasswordHasher hasher;

        CountingHasher(PasswordHasher hasher) {
            this.hasher = hasher;
        }

        @Override
        public PasswordHash hash(RawPassword password) {
            calls.incrementAndGet();
            return hasher.hash(password);
        }

        @Override
        public boolean matches(RawPassword password, PasswordHash hash) {
            calls.incrementAndGet();
            return hasher.matches(password, hash);
        }
    }
}
