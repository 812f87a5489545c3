package org.mtp.application.port.out.social;

import java.util.Map;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/** Outgoing port for viewpoints: one per (user, photo), counted per photo and credited to the photo's owner. */
public interface ViewpointStore {

    /** Stores the viewpoint unless it exists; true when it was added. */
    boolean add(Viewpoint viewpoint);

    /** Removes it if present; true when it was removed. */
    boolean remove(UserId marker, SequenceId sequence, ImageKey photo);

    long countOnPhoto(SequenceId sequence, ImageKey photo);

    /** Viewpoint counts of the sequence's photos that have any. */
    Map<ImageKey, Long> countsBySequence(SequenceId sequence);
}
