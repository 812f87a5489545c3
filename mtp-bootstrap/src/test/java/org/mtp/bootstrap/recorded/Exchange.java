package org.mtp.bootstrap.recorded;

import java.util.Map;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.bootstrap.testing.RawExchange;

/**
 * One recorded exchange: what the script called it, the request sent and the answer as received; what the script reads
 * from it, it reads leniently, so that the run goes on after a changed answer and the recording shows where.
 */
record Exchange(String title, Request request, RawExchange.Answer answer) {

    /** What the script reads where an answer lacks what it expected. */
    static final String MISSING = "(missing)";

    int status() {
        return answer.status();
    }

    /** The member at {@code path} of the JSON body as text (read as the API tests read it), or {@link #MISSING}. */
    String text(Object... path) {
        try {
            Object value = new ApiResponse(answer.status(), Map.of(), answer.body()).at(path);
            return value == null ? MISSING : value.toString();
        } catch (RuntimeException notThere) {
            return MISSING;
        }
    }

    /** The header's first value, or {@link #MISSING}. */
    String header(String name) {
        return answer.header(name).orElse(MISSING);
    }
}
