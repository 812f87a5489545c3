package org.mtp.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import net.logstash.logback.composite.AbstractFieldJsonProvider;
import net.logstash.logback.composite.loggingevent.LogLevelJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggerNameJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventFormattedTimestampJsonProvider;
import net.logstash.logback.composite.loggingevent.LoggingEventJsonProviders;
import net.logstash.logback.composite.loggingevent.LoggingEventThreadNameJsonProvider;
import net.logstash.logback.composite.loggingevent.MdcJsonProvider;
import net.logstash.logback.composite.loggingevent.MessageJsonProvider;
import net.logstash.logback.composite.loggingevent.StackTraceJsonProvider;
import net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder;
import org.mtp.adapter.http.system.RequestIds;
import org.mtp.bootstrap.config.LogSettings.LogFormat;

/**
 * The two shapes of a log line: text for people ({@code time level [request id] logger - message}, full logger names
 * since those are what {@code MTP_LOG_LEVEL} takes) and one JSON object per line for log shippers.
 */
final class LineEncoders {

    /** ISO-8601 in UTC to the millisecond, the same in both formats. */
    private static final String TIME = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";

    private static final String TEXT_PATTERN =
            "%d{" + TIME + ",UTC} %-5level [%X{" + RequestIds.LOG_KEY + ":--}] %logger - %msg%n";

    private LineEncoders() {}

    static Encoder<ILoggingEvent> of(LoggerContext context, LogFormat format) {
        return format == LogFormat.JSON ? json(context) : text(context);
    }

    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    /**
     * {@code time}, {@code level}, {@code logger}, {@code thread}, {@code message}, then {@code request_id} and
     * {@code exception} (the stack trace as one string) when the event has them.
     */
    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        LoggingEventJsonProviders fields = new LoggingEventJsonProviders();
        LoggingEventFormattedTimestampJsonProvider time =
                named(new LoggingEventFormattedTimestampJsonProvider(), "time");
        time.setPattern(TIME);
        time.setTimeZone("UTC");
        fields.addTimestamp(time);
        fields.addLogLevel(named(new LogLevelJsonProvider(), "level"));
        fields.addLoggerName(named(new LoggerNameJsonProvider(), "logger"));
        fields.addThreadName(named(new LoggingEventThreadNameJsonProvider(), "thread"));
        fields.addMessage(named(new MessageJsonProvider(), "message"));
        MdcJsonProvider requestId = new MdcJsonProvider();
        requestId.addIncludeMdcKeyName(RequestIds.LOG_KEY);
        fields.addMdc(requestId);
        fields.addStackTrace(named(new StackTraceJsonProvider(), "exception"));
        LoggingEventCompositeJsonEncoder encoder = new LoggingEventCompositeJsonEncoder();
        encoder.setContext(context);
        // no classpath scan for Jackson modules: the fields above are plain strings
        encoder.setFindAndRegisterJacksonModules(false);
        encoder.setProviders(fields);
        encoder.start();
        return encoder;
    }

    private static <P extends AbstractFieldJsonProvider<ILoggingEvent>> P named(P field, String name) {
        field.setFieldName(name);
        return field;
    }
}
