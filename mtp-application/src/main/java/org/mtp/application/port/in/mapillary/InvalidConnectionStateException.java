package org.mtp.application.port.in.mapillary;

import org.mtp.domain.common.DomainException;

/** The callback's state is unknown, used or expired: a forged or replayed callback. */
public final class InvalidConnectionStateException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidConnectionStateException() {
        super("'state' is unknown, already used or expired; start the connection again");
    }

    @Override
    public String code() {
        return "invalid_state";
    }
}
