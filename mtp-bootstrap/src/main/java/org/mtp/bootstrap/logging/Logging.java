package org.mtp.bootstrap.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.time.Duration;
import org.mtp.bootstrap.config.LogSettings;
import org.mtp.bootstrap.config.LogSettings.LogLevel;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The process's logging backend: logback writing text or JSON lines to standard error from a queue, so that a request
 * never waits for the terminal or the log shipper, at the levels of {@link LogSettings}; what libraries log through
 * {@code java.util.logging} (OkHttp) arrives here too.
 */
public final class Logging {

    /** Events waiting for the writer thread. */
    private static final int QUEUE_EVENTS = 8192;
    /**
     * Once fewer places than this are left in the queue, INFO and below (request lines included) are dropped instead of
     * queued; WARN and ERROR always wait for room, so they are never lost.
     */
    private static final int DISCARD_BELOW_WARN_WHEN_FREE = QUEUE_EVENTS / 5;
    /** How long {@link #stop()} waits for the queue to be written out. */
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(5);

    private Logging() {}

    /**
     * Replaces logback's configuration with {@code settings}; the root logger gets {@code commandDefault} unless the
     * settings name a root level.
     */
    public static void apply(LogSettings settings, LogLevel commandDefault) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        configure(context, settings, commandDefault);
    }

    /** Writes out what is still queued, waiting at most {@link #DRAIN_WAIT}; events logged afterwards are dropped. */
    public static void stop() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }

    static void configure(LoggerContext context, LogSettings settings, LogLevel commandDefault) {
        routeJavaUtilLogging(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(settings.rootLevelOr(commandDefault).name()));
        settings.loggerLevels().forEach((name, level) -> context.getLogger(name).setLevel(Level.toLevel(level.name())));
        root.addAppender(queue(context, standardError(context, settings.format())));
    }

    /**
     * Hands {@code java.util.logging} records to SLF4J instead of its own console handler (whose two-line format would
     * break JSON lines), and keeps its levels equal to logback's, so a disabled record costs no bridging.
     */
    private static void routeJavaUtilLogging(LoggerContext context) {
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(context);
        propagator.setResetJUL(true);
        propagator.start();
        context.addListener(propagator);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private static ConsoleAppender<ILoggingEvent> standardError(LoggerContext context, LogSettings.LogFormat format) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(LineEncoders.of(context, format));
        console.start();
        return console;
    }

    private static AsyncAppender queue(LoggerContext context, ConsoleAppender<ILoggingEvent> console) {
        AsyncAppender queue = new AsyncAppender();
        queue.setContext(context);
        queue.setName("queue");
        queue.setQueueSize(QUEUE_EVENTS);
        queue.setDiscardingThreshold(DISCARD_BELOW_WARN_WHEN_FREE);
        queue.setMaxFlushTime((int) DRAIN_WAIT.toMillis());
        queue.addAppender(console);
        queue.start();
        return queue;
    }
}
