package org.mtp.adapter.mapillary.http;

import java.util.HashSet;
import java.util.Set;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.mtp.application.port.out.mapillary.MapillaryException;

/**
 * The live calls of one group of requests sent together, so that one failure can cancel the others: a cancelled group
 * closes their connections and refuses to open new calls.
 */
final class CallGroup {

    private final Set<Call> live = new HashSet<>();
    private boolean cancelled;

    /** A new call registered in the group; throws {@link #cancelledFailure} once the group is cancelled. */
    synchronized Call open(OkHttpClient client, Request request, String operation) {
        if (cancelled) {
            throw cancelledFailure(operation);
        }
        Call call = client.newCall(request);
        live.add(call);
        return call;
    }

    synchronized void close(Call call) {
        live.remove(call);
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    /** Cancels every live call (their reads fail at once) and every later {@link #open}. */
    synchronized void cancel() {
        cancelled = true;
        live.forEach(Call::cancel);
        live.clear();
    }

    /** What a call of a cancelled group ends with; never the error reported, the failure that cancelled it is. */
    static MapillaryException cancelledFailure(String operation) {
        return new MapillaryException.Unavailable(
                operation + ": cancelled because another call of its group failed", null);
    }
}
