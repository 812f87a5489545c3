package org.mtp.application.model.sequence;

/** Search orders, each descending with the sequence id as the unique tie-break, so pages never shift. */
public enum SequenceSort {
    LATEST,
    MOST_LIKES,
    DISTANCE
}
