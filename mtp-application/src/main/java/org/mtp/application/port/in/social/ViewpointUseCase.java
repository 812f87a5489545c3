package org.mtp.application.port.in.social;

import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Use case: mark or unmark a viewpoint on one photo of a published sequence; idempotent; not on one's own photos. */
public interface ViewpointUseCase {

    /** Returns the photo's viewpoint count afterwards. */
    long mark(UserId actor, SequenceId sequence, ImageKey photo);

    /** Returns the photo's viewpoint count afterwards. */
    long unmark(UserId actor, SequenceId sequence, ImageKey photo);
}
