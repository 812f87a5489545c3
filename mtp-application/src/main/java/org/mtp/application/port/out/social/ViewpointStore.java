package org.mtp.application.port.out.social;

import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Outgoing port for viewpoints: one per (user, photo); what {@code add} and {@code remove} answer is exact under
 * concurrent toggles (the counts kept from it are {@link org.mtp.application.port.out.derived.DerivedData}'s).
 */
public interface ViewpointStore {

    /**
     * Stores the viewpoint unless it exists; true when it was added. A sequence deleted since the caller read it (a
     * concurrent deletion a database store finds under its lock) is not found.
     */
    boolean add(Viewpoint viewpoint);

    /** Removes it if present; true when it was removed. A sequence deleted since the caller read it is not found. */
    boolean remove(UserId marker, SequenceId sequence, ImageKey photo);
}
