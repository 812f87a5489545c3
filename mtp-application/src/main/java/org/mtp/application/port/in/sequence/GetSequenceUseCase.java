package org.mtp.application.port.in.sequence;

import java.util.Optional;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Use case: read one sequence with its photos; a draft only for its owner, as not found for anyone else. */
public interface GetSequenceUseCase {

    /** {@code viewer} may be null for an anonymous reader. */
    SequenceView get(UserId viewer, SequenceId sequence);

    /**
     * The sequence as {@link #get} reads it, or empty when its revision is still {@code knownRevision}: the view read
     * at that revision is still exactly right, for whichever viewer may see it. Costs one primary-key read when
     * unchanged; not found like {@code get}.
     */
    Optional<SequenceView> getIfChanged(UserId viewer, SequenceId sequence, long knownRevision);
}
