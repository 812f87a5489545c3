package org.mtp.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.mtp.bootstrap.config.LogSettings;

/**
 * Logback's own start-up configuration, found through {@code META-INF/services}: mtp's default text lines and levels
 * for a process whose {@code main} did not configure logging (tests that start the service in their JVM, tools). Being
 * first in logback's search, it also keeps a stray {@code logback.xml} on the classpath from taking over.
 */
public final class DefaultLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logging.configure(context, LogSettings.defaults(), LogSettings.LogLevel.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
