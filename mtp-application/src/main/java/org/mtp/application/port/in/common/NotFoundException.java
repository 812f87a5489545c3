package org.mtp.application.port.in.common;

import org.mtp.domain.common.DomainException;

/** The item does not exist, or the caller may not know that it does (someone else's draft). */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String kind;

    public NotFoundException(String kind, Object id) {
        super("no " + kind + " " + id);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    @Override
    public String code() {
        return "not_found";
    }
}
