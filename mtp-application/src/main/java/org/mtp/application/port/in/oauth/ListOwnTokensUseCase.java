package org.mtp.application.port.in.oauth;

/** Use case: a user lists the access tokens they granted and have not revoked, newest first, a page at a time. */
public interface ListOwnTokensUseCase {

    TokenPage list(ListOwnTokensQuery query);
}
