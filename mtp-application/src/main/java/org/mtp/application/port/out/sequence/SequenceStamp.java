package org.mtp.application.port.out.sequence;

import java.util.Objects;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * What one primary-key read tells about a stored sequence: its revision, which every change to what its view shows
 * moves on (so an equal revision means an unchanged view), and enough to know who may see it.
 */
public record SequenceStamp(long revision, UserId owner, boolean published) {

    public SequenceStamp {
        Objects.requireNonNull(owner, "'owner' must not be null");
    }

    /** The rule of {@link Sequence#visibleTo}: a draft only for its owner. */
    public boolean visibleTo(UserId viewer) {
        return Sequence.visible(published, owner, viewer);
    }
}
