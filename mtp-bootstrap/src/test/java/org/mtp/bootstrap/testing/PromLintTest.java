package org.mtp.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lint oracle reports what promtool reports, so a clean scrape means something. */
class PromLintTest {

    @Test
    void givenTheProcessorBindersOwnNames_reportsWhatPromtoolReportedOnThem() {
        String scrape = """
        # HELP process_cpu_time_ns_total The "cpu time" used by the Java Virtual Machine process
        # TYPE process_cpu_time_ns_total counter
        process_cpu_time_ns_total 6.11E9
        # HELP system_cpu_count The number of processors available to the Java virtual machine
        # TYPE system_cpu_count gauge
        system_cpu_count 2.0
        """;

        assertThat(PromLint.problems(scrape))
                .containsExactly(
                        "process_cpu_time_ns_total metric names should not contain abbreviated units",
                        "system_cpu_count non-histogram and non-summary metrics should not have \"_count\" suffix");
    }

    @Test
    void givenATimerAsMicrometerWritesIt_findsNothing() {
        String scrape = """
        # HELP http_requests_seconds Requests
        # TYPE http_requests_seconds summary
        http_requests_seconds_count{method="GET",route="/a/{id}",status="200"} 3
        http_requests_seconds_sum{method="GET",route="/a/{id}",status="200"} 0.25
        # HELP http_requests_seconds_max Requests
        # TYPE http_requests_seconds_max gauge
        http_requests_seconds_max{method="GET",route="/a/{id}",status="200"} 0.2
        """;

        assertThat(PromLint.problems(scrape)).isEmpty();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments("counter", "requests", "counter metrics should have \"_total\" suffix"),
                arguments("gauge", "queue_total", "non-counter metrics should not have \"_total\" suffix"),
                arguments(
                        "counter",
                        "started_timestamp_seconds",
                        "non-gauge metrics should not have \"_timestamp_seconds\" suffix"),
                arguments("gauge", "latency_milliseconds", "use base unit \"seconds\" instead of \"milliseconds\""),
                arguments("gauge", "heap_mb", "metric names should not contain abbreviated units"),
                arguments("gauge", "pool_bucket", "non-histogram metrics should not have \"_bucket\" suffix"),
                arguments("gauge", "pool_sum", "non-histogram and non-summary metrics should not have \"_sum\" suffix"),
                arguments("gauge", "pool_gauge", "metric name should not include type 'gauge'"),
                arguments("gauge", "pool:connections", "metric names should not contain ':'"),
                arguments(
                        "gauge", "poolConnections", "metric names should be written in 'snake_case' not 'camelCase'"));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void givenAViolatingName_reportsItAsPromtoolDoes(String type, String name, String problem) {
        String scrape = "# HELP " + name + " Something\n# TYPE " + name + " " + type + "\n" + name + " 1\n";

        assertThat(PromLint.problems(scrape)).contains(name + " " + problem);
    }

    @Test
    void givenNoHelpReservedLabelsOrARepeatedSeries_reportsThem() {
        String scrape = """
        # TYPE connections gauge
        connections{le="1",quantile="0.5"} 1
        connections{le="1",quantile="0.5"} 2
        """;

        assertThat(PromLint.problems(scrape))
                .containsExactly(
                        "connections no help text",
                        "connections non-histogram metrics should not have \"le\" label",
                        "connections non-summary metrics should not have \"quantile\" label",
                        "connections non-histogram metrics should not have \"le\" label",
                        "connections non-summary metrics should not have \"quantile\" label",
                        "connections metric not unique");
    }
}
