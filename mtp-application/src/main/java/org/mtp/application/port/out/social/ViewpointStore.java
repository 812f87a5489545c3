package org.mtp.application.port.out.social;

import java.util.Map;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/** Outgoing port for viewpoints: one per (user, photo), counted per photo and credited to the photo's owner. */
public interface ViewpointStore {

    /**
     * Stores the viewpoint unless it exists; true when it was added. A sequence deleted since the caller read it (a
     * concurrent deletion a database store finds under its lock) is not found.
     */
    boolean add(Viewpoint viewpoint);

    /** Removes it if present; true when it was removed. A sequence deleted since the caller read it is not found. */
    boolean remove(UserId marker, SequenceId sequence, ImageKey photo);

    long countOnPhoto(SequenceId sequence, ImageKey photo);

    /** Viewpoint counts of the sequence's photos that have any. */
    Map<ImageKey, Long> countsBySequence(SequenceId sequence);
}
