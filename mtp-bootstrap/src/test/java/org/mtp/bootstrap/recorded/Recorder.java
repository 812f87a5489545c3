package org.mtp.bootstrap.recorded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.bootstrap.testing.RawExchange;

/**
 * Test helper: sends the scripted requests to the running service one at a time, each on a connection of its own, and
 * keeps every exchange under its scenario group. The services' clock stands still during a request and moves one second
 * before the next, so every stored time is the same on every run however often a request reads the clock.
 */
final class Recorder {

    /** Where the first group's clock starts; each group starts {@link #GROUP_SPAN} after the one before. */
    static final Instant START = Instant.parse("2024-06-15T09:00:00Z");
    /** Room for a group's exchanges, so that one more exchange in a group moves no time of the groups after it. */
    static final Duration GROUP_SPAN = Duration.ofMinutes(10);

    private static final Duration STEP = Duration.ofSeconds(1);

    private final int port;
    private final AdjustableClock clock;
    private final Map<String, List<Exchange>> groups = new LinkedHashMap<>();
    private List<Exchange> current;

    Recorder(int port, AdjustableClock clock) {
        this.port = port;
        this.clock = clock;
    }

    /** Starts the next scenario group, its clock at its own start. */
    void group(String name) {
        clock.set(START.plus(GROUP_SPAN.multipliedBy(groups.size())));
        current = new ArrayList<>();
        groups.put(name, current);
    }

    /** Sends {@code request} and keeps the exchange; never judges the answer, which the recording does. */
    Exchange send(String title, Request request) {
        if (current.size() >= GROUP_SPAN.dividedBy(STEP)) {
            throw new IllegalStateException("a group holds at most " + GROUP_SPAN.dividedBy(STEP) + " exchanges");
        }
        clock.advance(STEP);
        RawExchange.Answer answer =
                RawExchange.send(port, request.method(), request.target(), request.headers(), request.body());
        Exchange exchange = new Exchange(title, request, answer);
        current.add(exchange);
        return exchange;
    }

    /** Every group's exchanges, in the order sent. */
    Map<String, List<Exchange>> groups() {
        return groups;
    }
}
