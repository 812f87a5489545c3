package org.mtp.bootstrap;

/** mtp could not start (the database is unreachable, the port is taken...): shown to the operator as one line. */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
