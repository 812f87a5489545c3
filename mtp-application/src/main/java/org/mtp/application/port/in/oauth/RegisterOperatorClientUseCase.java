package org.mtp.application.port.in.oauth;

/**
 * Use case: the operator registers a client with no owner, optionally choosing its id, so that the first client (and
 * the uploader's well-known id) exists before anyone can sign up.
 */
public interface RegisterOperatorClientUseCase {

    /** Fails with {@link ClientIdTakenException} when the chosen id exists. */
    RegisteredClient register(RegisterOperatorClientCommand command);
}
