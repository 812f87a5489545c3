package org.mtp.adapter.persistence.write.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.UserConflictException;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.application.service.account.SignUpService;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Two sign-ups that both found the name free, on both databases: the unique key lets one in, and the other's violation
 * reaches the use case as the port's duplicate-key failure (not as a generic conflict), which it reports as the field
 * that is taken.
 */
class SignUpRaceTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    /** A repository whose {@code save} first waits until both sign-ups have checked the name and reached it. */
    private record MeetingBeforeSaving(UserRepository users, CyclicBarrier barrier) implements UserRepository {

        @Override
        public Optional<User> findById(UserId id) {
            return users.findById(id);
        }

        @Override
        public Optional<User> findByUsernameKey(Username username) {
            return users.findByUsernameKey(username);
        }

        @Override
        public Optional<User> findByEmailKey(Email email) {
            return users.findByEmailKey(email);
        }

        @Override
        public void save(User user) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other sign-up never reached save", e);
            }
            users.save(user);
        }
    }

    @ParameterizedTest
    @CsvSource({"H2, username", "H2, email", "POSTGRESQL, username", "POSTGRESQL, email"})
    void givenTwoSignUpsThatBothFoundTheKeyFree_whenBothSave_thenOneIsInAndTheOtherLearnsWhichFieldIsTaken(
            Database database, String field) throws SQLException {
        PersistenceContext context = DB.context(database);
        UserRepository users =
                AccountStores.create(context, AccountDatabase.newCipher()).users();
        SignUpService signUp = new SignUpService(
                new MeetingBeforeSaving(users, new CyclicBarrier(2)),
                new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS),
                context.unitOfWork(),
                AdjustableClock.at("2026-03-01T10:00:00Z"));
        String shared = "s" + UUID.randomUUID().toString().substring(0, 8);
        List<SignUpCommand> commands = new ArrayList<>();
        for (String who : List.of("a", "b")) {
            String name = field.equals("username") ? shared : shared + who;
            String email = field.equals("email") ? shared + "@example.org" : shared + who + "@example.org";
            // The letter case differs, so only the lower-case keys collide.
            commands.add(new SignUpCommand(
                    Username.of(who.equals("a") ? name : name.toUpperCase()),
                    Email.of(who.equals("a") ? email : email.toUpperCase()),
                    RawPassword.of("password-" + shared)));
        }

        List<User> accepted = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<User>> signUps = commands.stream()
                    .map(command -> CompletableFuture.supplyAsync(() -> signUp.signUp(command), threads))
                    .toList();
            for (CompletableFuture<User> result : signUps) {
                try {
                    accepted.add(result.orTimeout(20, TimeUnit.SECONDS).join());
                } catch (CompletionException e) {
                    refused.add(e.getCause());
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(accepted).hasSize(1);
        assertThat(refused)
                .singleElement(InstanceOfAssertFactories.type(UserConflictException.class))
                .extracting(UserConflictException::field)
                .isEqualTo(field);
        assertThat(Sql.number(
                        context.dataSource(), "SELECT COUNT(*) FROM users WHERE username_key LIKE ?", shared + "%"))
                .isEqualTo(1);
    }
}
