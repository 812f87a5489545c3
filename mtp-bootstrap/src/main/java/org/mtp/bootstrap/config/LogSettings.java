package org.mtp.bootstrap.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How mtp logs ({@code MTP_LOG_FORMAT}, {@code MTP_LOG_LEVEL}): text or JSON lines, the root level when one was asked
 * for, and the levels of named loggers on top of the libraries that are kept quiet by default.
 */
public record LogSettings(LogFormat format, Optional<LogLevel> rootLevel, Map<String, LogLevel> loggerLevels) {

    /** Libraries that are chatty at info: warnings only unless {@code MTP_LOG_LEVEL} names them. */
    private static final Map<String, LogLevel> QUIET_LIBRARIES = Map.of(
            "org.hibernate", LogLevel.WARN,
            "com.zaxxer.hikari", LogLevel.WARN,
            "org.flywaydb", LogLevel.WARN,
            // at debug Jetty prints raw request bytes, Authorization headers included (docs/operations.md)
            "org.eclipse.jetty", LogLevel.WARN,
            "io.javalin", LogLevel.WARN);

    private static final Pattern LOGGER_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

    public LogSettings {
        loggerLevels = Map.copyOf(loggerLevels);
    }

    /** The shape of a log line. */
    public enum LogFormat {
        /** One human-readable line per event; a stack trace follows on its own lines. */
        TEXT,
        /** One JSON object per line, the stack trace inside it. */
        JSON
    }

    /** A logger's threshold, from the most verbose to none at all. */
    public enum LogLevel {
        TRACE,
        DEBUG,
        INFO,
        WARN,
        ERROR,
        OFF
    }

    /** Text lines, no root level asked for, the quiet libraries at warn. */
    public static LogSettings defaults() {
        return new LogSettings(LogFormat.TEXT, Optional.empty(), QUIET_LIBRARIES);
    }

    /**
     * Reads {@code MTP_LOG_FORMAT} ({@code text} or {@code json}) and {@code MTP_LOG_LEVEL}: comma-separated entries,
     * each either a level for the root logger or {@code logger.name=level}, for example
     * {@code info,org.hibernate.SQL=debug}.
     */
    public static LogSettings from(Settings settings) {
        LogFormat format = settings.choice("MTP_LOG_FORMAT", LogFormat.class, LogFormat.TEXT);
        Optional<LogLevel> root = Optional.empty();
        Map<String, LogLevel> loggers = new LinkedHashMap<>(QUIET_LIBRARIES);
        String asked = settings.string("MTP_LOG_LEVEL", "");
        for (String entry : asked.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                if (root.isPresent()) {
                    throw new ConfigException(
                            "MTP_LOG_LEVEL", "names more than one level without a logger, was '" + asked + "'");
                }
                root = Optional.of(level(trimmed));
            } else {
                loggers.put(
                        loggerName(trimmed.substring(0, equals).strip()),
                        level(trimmed.substring(equals + 1).strip()));
            }
        }
        return new LogSettings(format, root, loggers);
    }

    /** The root level: the one asked for, else {@code commandDefault}. */
    public LogLevel rootLevelOr(LogLevel commandDefault) {
        return rootLevel.orElse(commandDefault);
    }

    private static LogLevel level(String text) {
        for (LogLevel level : LogLevel.values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        throw new ConfigException(
                "MTP_LOG_LEVEL",
                "'" + text + "' is not a level; use one of "
                        + Arrays.toString(LogLevel.values()).toLowerCase(Locale.ROOT));
    }

    private static String loggerName(String text) {
        if (!LOGGER_NAME.matcher(text).matches()) {
            throw new ConfigException("MTP_LOG_LEVEL", "'" + text + "' is not a logger name (like org.hibernate.SQL)");
        }
        return text;
    }
}
