package org.mtp.application.model.importing;

/** Where a background import is: waiting for a worker, fetching photos, failed, or done. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    FAILED,
    DONE;

    public boolean finished() {
        return this == FAILED || this == DONE;
    }
}
