package org.mtp.application.port.out.mapillary;

/** Told by a gateway how far fetching a sequence's photos has come; called from any thread, so it must be safe so. */
@FunctionalInterface
public interface FetchProgress {

    FetchProgress NONE = (fetched, total) -> {};

    void photosFetched(int fetched, int total);
}
