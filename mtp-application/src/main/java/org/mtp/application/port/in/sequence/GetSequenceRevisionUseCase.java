package org.mtp.application.port.in.sequence;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case: the current revision of one sequence, in one primary-key read; a draft only for its owner, as not found for
 * anyone else.
 */
public interface GetSequenceRevisionUseCase {

    /** {@code viewer} may be null for an anonymous reader. */
    Revision revision(UserId viewer, SequenceId sequence);

    /**
     * The sequence's revision, which moves on with every change to what {@link GetSequenceUseCase#get} shows of it (so
     * an equal number means an unchanged view), and whether it is published (a draft is its owner's alone).
     */
    record Revision(long number, boolean published) {}
}
