package org.mtp.application.port.in.sequence;

import java.time.Instant;
import org.mtp.domain.common.DomainException;

/** The user's daily Mapillary import limit is used up until {@link #retryAt()} (the next UTC midnight). */
public final class ImportLimitReachedException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final transient Instant retryAt;

    public ImportLimitReachedException(int limit, Instant retryAt) {
        super("the daily limit of " + limit + " Mapillary imports is reached; try again after " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }

    @Override
    public String code() {
        return "import_limit_reached";
    }
}
