package org.mtp.adapter.http.system;

import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * Gives every request an id that ties a client's complaint to the log: the client's {@code X-Request-Id} when it is
 * sane, else a new one. It is answered in the response's {@code X-Request-Id}, carried by every log line written while
 * the request is handled, and is the reference of a 500 problem.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The log context key the logging backend prints the id under. */
    public static final String LOG_KEY = "request_id";
    /** Long enough for a UUID or a trace id, short enough to keep log lines bounded. */
    static final int MAX_LENGTH = 64;

    private static final String ATTRIBUTE = "mtp.requestId";
    private static final HexFormat HEX = HexFormat.of();

    private RequestIds() {}

    /** Before the request is handled: picks its id, answers it, and puts it in this thread's log context. */
    public static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = isSane(offered) ? offered : generated();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(LOG_KEY, id);
    }

    /** After the request's last log line: the thread goes on to serve other requests. */
    public static void release() {
        MDC.remove(LOG_KEY);
    }

    /** The id {@link #assign} gave this request. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** At most {@link #MAX_LENGTH} printable ASCII characters without spaces: nothing that could forge a log line. */
    static boolean isSane(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        return candidate.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    /**
     * 128 random bits as 32 hex digits. The id only needs to be unique, not unguessable, so a thread's own generator
     * serves it without the shared lock of a secure one.
     */
    public static String generated() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }
}
