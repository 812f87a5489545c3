package org.mtp.domain.sequence;

import org.mtp.domain.geo.Distance;

/** The derived figures of a sequence that tours sum up, whichever model (aggregate or read model) carries them. */
public interface SequenceFigures {

    int photoCount();

    Distance distance();
}
