package org.mtp.application.model.importing;

import java.util.UUID;
import org.mtp.domain.common.Require;

/**
 * The process that runs imports: its unfinished imports stay alive while it reports in, and count as cut off once it
 * has been silent too long (it stopped or crashed), whichever node notices. A process takes a new one at each start.
 */
public record ImportRunner(UUID value) {

    public ImportRunner {
        Require.notNull("runner", value);
    }
}
