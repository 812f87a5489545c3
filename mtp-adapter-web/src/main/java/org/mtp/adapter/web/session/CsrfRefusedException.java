package org.mtp.adapter.web.session;

/** A POST without the form token its cookies call for: answered with the 403 page, nothing changed. */
public final class CsrfRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CsrfRefusedException() {
        super("missing or wrong form token");
    }
}
