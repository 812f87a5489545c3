package org.mtp.bootstrap;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.crypto.SecretKeys;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.application.port.out.security.PasswordHasher;
import org.mtp.application.security.BoundedPasswordHasher;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.service.account.SignUpService;
import org.mtp.application.service.oauth.RegisterOperatorClientService;
import org.mtp.bootstrap.cli.Invocation;
import org.mtp.bootstrap.config.MtpConfig;
import org.mtp.bootstrap.config.SecretKeyStore;
import org.mtp.bootstrap.logging.Logging;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/**
 * Runs one parsed command. The admin commands open only the database (through H2's auto-server mode they work while
 * {@code serve} holds the same data directory) and print what an operator needs, secrets only once.
 */
final class Commands {

    /** How long {@code check} asks again while the readiness probe says no (a loaded machine can be slow at first). */
    private static final Duration CHECK_PATIENCE = Duration.ofSeconds(30);

    private Commands() {}

    static int run(Invocation invocation, MtpConfig config, Clock clock, PrintStream out) {
        if (invocation instanceof Invocation.Serve) {
            MtpService service = MtpService.start(config, clock);
            // One hook for both, in this order: a second hook would run at the same time and could stop the log first.
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                service.close();
                                Logging.stop();
                            },
                            "mtp-shutdown"));
            return 0;
        }
        if (invocation instanceof Invocation.Check) {
            return check(config, clock, out);
        }
        try (PersistenceContext persistence = openDatabase(config)) {
            if (invocation instanceof Invocation.Migrate) {
                out.println("database is up to date (" + persistence.migrationsApplied() + " migrations applied now)");
            } else if (invocation instanceof Invocation.CreateUser u) {
                createUser(u, config, persistence, clock, out);
            } else if (invocation instanceof Invocation.CreateClient c) {
                createClient(c, config, persistence, clock, out);
            }
            return 0;
        }
    }

    private static int check(MtpConfig config, Clock clock, PrintStream out) {
        try (MtpService service = MtpService.start(config, clock)) {
            String verdict = ReadinessCheck.await(config.httpHost(), service.port(), CHECK_PATIENCE);
            out.println(verdict + ": database " + config.databaseForLog());
            return verdict.equals(ReadinessCheck.READY) ? 0 : 1;
        }
    }

    static PersistenceContext openDatabase(MtpConfig config) {
        return awaitDatabase(config, beginOpeningDatabase(config));
    }

    /** Connects to the database and starts migrating and validating it in the background. */
    static PersistenceContext beginOpeningDatabase(MtpConfig config) {
        try {
            return PersistenceContext.open(config.database());
        } catch (RuntimeException e) {
            throw cannotOpen(config, e);
        }
    }

    /** Waits for the database to be migrated and validated; a failure closes the context. */
    static PersistenceContext awaitDatabase(MtpConfig config, PersistenceContext opening) {
        try {
            return opening.ready();
        } catch (RuntimeException e) {
            throw cannotOpen(config, e);
        }
    }

    private static StartupException cannotOpen(MtpConfig config, RuntimeException e) {
        return new StartupException("cannot open the database " + config.databaseForLog() + ": " + rootMessage(e), e);
    }

    /** The one password hasher of a process: PBKDF2 at the configured cost, a bounded number at once. */
    static PasswordHasher passwordHasher(MtpConfig config) {
        return new BoundedPasswordHasher(
                new Pbkdf2PasswordHasher(config.passwordHashIterations()), config.passwordHashConcurrency());
    }

    static AccountStores accountStores(MtpConfig config, PersistenceContext persistence) {
        SecretKeys keys = SecretKeys.of(
                SecretKeyStore.current(config.secretKey(), config.dataDir(), new SecureRandom()),
                SecretKeyStore.previous(config.previousSecretKey()));
        return AccountStores.create(persistence, new TokenCipher(keys, new SecureRandom()));
    }

    private static void createUser(
            Invocation.CreateUser u, MtpConfig config, PersistenceContext persistence, Clock clock, PrintStream out) {
        SignUpCommand command =
                new SignUpCommand(Username.of(u.username()), Email.of(u.email()), RawPassword.of(u.password()));
        User user = new SignUpService(
                        accountStores(config, persistence).users(),
                        passwordHasher(config),
                        persistence.unitOfWork(),
                        clock)
                .signUp(command);
        out.println("user created: " + user.username() + " (" + user.id() + ")");
    }

    private static void createClient(
            Invocation.CreateClient c, MtpConfig config, PersistenceContext persistence, Clock clock, PrintStream out) {
        RegisterOperatorClientCommand command = new RegisterOperatorClientCommand(
                Optional.ofNullable(c.clientId()).map(ClientId::of),
                ClientName.of(c.name()),
                RedirectUris.parse(c.redirectUris()),
                c.confidential() ? ClientType.CONFIDENTIAL : ClientType.PUBLIC);
        RegisteredClient registered = new RegisterOperatorClientService(
                        accountStores(config, persistence).clients(),
                        new SecureRandomTokenSource(),
                        persistence.unitOfWork(),
                        clock)
                .register(command);
        out.println("client_id: " + registered.client().id().value());
        registered.secret().ifPresent(secret -> {
            out.println("client_secret: " + secret.reveal());
            out.println("(the secret is shown only this once; mtp keeps only its hash)");
        });
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
