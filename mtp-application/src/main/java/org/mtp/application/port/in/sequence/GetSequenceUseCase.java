package org.mtp.application.port.in.sequence;

import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Use case: read one sequence with its photos; a draft only for its owner, as not found for anyone else. */
public interface GetSequenceUseCase {

    /** {@code viewer} may be null for an anonymous reader. */
    SequenceView get(UserId viewer, SequenceId sequence);
}
