package org.mtp.domain.sequence;

/** What attaching Mapillary data did: published the draft, or nothing because that key was already attached. */
public enum AttachOutcome {
    PUBLISHED,
    UNCHANGED
}
