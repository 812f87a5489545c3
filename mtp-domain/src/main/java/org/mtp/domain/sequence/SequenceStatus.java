package org.mtp.domain.sequence;

/** A draft holds metadata only and is seen by its owner alone; it is published once Mapillary data is attached. */
public enum SequenceStatus {
    DRAFT,
    PUBLISHED
}
