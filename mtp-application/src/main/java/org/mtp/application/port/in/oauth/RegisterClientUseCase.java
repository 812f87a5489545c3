package org.mtp.application.port.in.oauth;

/** Use case: a signed-in user registers an OAuth client; a confidential client's secret is returned this once. */
public interface RegisterClientUseCase {

    RegisteredClient register(RegisterClientCommand command);
}
