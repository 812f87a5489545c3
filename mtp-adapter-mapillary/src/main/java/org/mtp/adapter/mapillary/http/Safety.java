package org.mtp.adapter.mapillary.http;

/** Whether a call may be sent again after a transient failure. */
public enum Safety {
    /** Reads, and uploads whose offset is checked again before each retry. */
    REPEATABLE,
    /** Calls with a side effect that must not happen twice: the code exchange, a refresh, finish_upload. */
    ONCE
}
