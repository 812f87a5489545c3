package org.mtp.adapter.web.importing;

/**
 * A background import as its progress page shows it: where it is, the photos fetched of the total, and, once failed,
 * why (with a reconnect link when that helps). {@code pollUrl} is null once nothing will change any more.
 */
public record ProgressModel(
        String selfUrl, String pollUrl, boolean queued, int fetched, int total, String problem, String reconnectUrl) {

    public boolean failed() {
        return problem != null;
    }

    /** Whether Mapillary said how many photos there are yet. */
    public boolean counted() {
        return total > 0;
    }
}
