package org.mtp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtp.bootstrap.config.LogSettings.LogFormat;
import org.mtp.bootstrap.config.LogSettings.LogLevel;

class LogSettingsTest {

    private static LogSettings read(Map<String, String> env) {
        return LogSettings.from(new Settings(env, Map.of()));
    }

    @Test
    void givenNothing_textLinesTheCommandsRootLevelAndChattyLibrariesAtWarn() {
        LogSettings settings = read(Map.of());

        assertThat(settings.format()).isEqualTo(LogFormat.TEXT);
        assertThat(settings.rootLevelOr(LogLevel.WARN)).isEqualTo(LogLevel.WARN);
        assertThat(settings.loggerLevels())
                .containsEntry("org.hibernate", LogLevel.WARN)
                .containsEntry("org.eclipse.jetty", LogLevel.WARN)
                .containsEntry("com.zaxxer.hikari", LogLevel.WARN);
        assertThat(settings).isEqualTo(LogSettings.defaults());
    }

    @Test
    void givenJsonAndLevels_aRootLevelAndLoggersOnTopOfTheQuietLibraries() {
        LogSettings settings = read(Map.of(
                "MTP_LOG_FORMAT",
                "JSON",
                "MTP_LOG_LEVEL",
                " debug , org.hibernate.SQL=trace,,org.eclipse.jetty=Info, mtp.http = off"));

        assertThat(settings.format()).isEqualTo(LogFormat.JSON);
        assertThat(settings.rootLevelOr(LogLevel.WARN)).isEqualTo(LogLevel.DEBUG);
        assertThat(settings.loggerLevels())
                .containsEntry("org.hibernate.SQL", LogLevel.TRACE)
                .containsEntry("org.eclipse.jetty", LogLevel.INFO)
                .containsEntry("mtp.http", LogLevel.OFF)
                .containsEntry("org.hibernate", LogLevel.WARN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MTP_LOG_FORMAT|xml|MTP_LOG_FORMAT: must be one of [text, json], was 'xml'",
                "MTP_LOG_LEVEL|loud|MTP_LOG_LEVEL: 'loud' is not a level; use one of [trace, debug, info, warn, error, off]",
                "MTP_LOG_LEVEL|org.x=verbose|MTP_LOG_LEVEL: 'verbose' is not a level; use one of [trace, debug, info, warn,"
                        + " error, off]",
                "MTP_LOG_LEVEL|info;warn|MTP_LOG_LEVEL: 'info;warn' is not a level; use one of [trace, debug, info, warn,"
                        + " error, off]",
                "MTP_LOG_LEVEL|org..x=debug|MTP_LOG_LEVEL: 'org..x' is not a logger name (like org.hibernate.SQL)",
                "MTP_LOG_LEVEL|=debug|MTP_LOG_LEVEL: '' is not a logger name (like org.hibernate.SQL)",
                "MTP_LOG_LEVEL|info,debug|MTP_LOG_LEVEL: names more than one level without a logger, was 'info,debug'"
            })
    void givenAnInvalidValue_failsWithOneLineNamingTheSetting(String setting, String value, String message) {
        assertThatThrownBy(() -> read(Map.of(setting, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }
}
