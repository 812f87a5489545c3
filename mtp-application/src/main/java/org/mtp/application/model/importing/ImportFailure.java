package org.mtp.application.model.importing;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;

/**
 * Why an import failed: a stable machine code (the failure's own, such as {@code mapillary_rate_limited}, or
 * {@link #CUT_OFF} and {@link #FAILED}) and, for limits, when trying again can work.
 */
public record ImportFailure(String code, Optional<Instant> retryAt) {

    /** The process running the import stopped before it ended. */
    public static final String CUT_OFF = "import_cut_off";
    /** The server had no room for another import. */
    public static final String BUSY = "import_busy";
    /** Something nobody expected; the log has it. */
    public static final String FAILED = "import_failed";

    public ImportFailure {
        Require.notNull("code", code);
        Require.notNull("retryAt", retryAt);
    }

    public static ImportFailure of(String code) {
        return new ImportFailure(code, Optional.empty());
    }
}
