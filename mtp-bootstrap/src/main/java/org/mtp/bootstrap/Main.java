package org.mtp.bootstrap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.mtp.bootstrap.cli.CommandLine;
import org.mtp.bootstrap.cli.Invocation;
import org.mtp.bootstrap.cli.UsageException;
import org.mtp.bootstrap.config.ConfigException;
import org.mtp.bootstrap.config.DotEnvFile;
import org.mtp.bootstrap.config.LogSettings.LogLevel;
import org.mtp.bootstrap.config.MtpConfig;
import org.mtp.bootstrap.config.Settings;
import org.mtp.bootstrap.logging.Logging;
import org.mtp.domain.common.DomainException;

/**
 * Entry point of {@code mtp.jar}: parses the command, reads the configuration and runs it. Exit codes: 0 done, 1 the
 * command failed, 2 bad arguments or configuration (one line on standard error, never a stack trace).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Before Hibernate starts: jboss-logging then goes to SLF4J instead of searching the classpath for a backend.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int code = run(args, System.getenv(), Path.of(".env"), System.out, System.err);
        if (code != 0 || !(CommandLine.parseQuietly(args) instanceof Invocation.Serve)) {
            Logging.stop();
            System.exit(code);
        }
    }

    /** Runs one invocation; {@code serve} returns once the server listens (shutdown is handled by a hook). */
    static int run(String[] args, Map<String, String> environment, Path dotEnv, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("mtp: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return 2;
        }
        if (invocation instanceof Invocation.Help) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        try {
            MtpConfig config = MtpConfig.from(new Settings(environment, DotEnvFile.read(dotEnv)));
            // Admin commands print their answer on standard output, so their own log only needs warnings.
            Logging.apply(config.logging(), invocation instanceof Invocation.Serve ? LogLevel.INFO : LogLevel.WARN);
            return Commands.run(invocation, config, Clock.systemUTC(), out);
        } catch (ConfigException e) {
            err.println("mtp: " + e.getMessage());
            return 2;
        } catch (DomainException e) {
            err.println("mtp: " + e.getMessage());
            return 1;
        } catch (StartupException e) {
            err.println("mtp: " + e.getMessage());
            return 1;
        }
    }
}
