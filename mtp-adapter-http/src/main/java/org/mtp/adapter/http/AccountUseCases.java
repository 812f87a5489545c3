package org.mtp.adapter.http;

import java.util.Objects;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.oauth.AuthorizeClientUseCase;
import org.mtp.application.port.in.oauth.CheckAuthorizationRequestUseCase;
import org.mtp.application.port.in.oauth.ExchangeCodeUseCase;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.RegisterClientUseCase;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.oauth.RevokeTokenUseCase;

/** The account and OAuth use cases the HTTP adapter serves; bootstrap builds it from the services. */
public record AccountUseCases(SignUpUseCase signUp, AuthenticateUserUseCase authenticateUser,
    RegisterClientUseCase registerClient, IdentifyClientUseCase identifyClient,
    CheckAuthorizationRequestUseCase checkAuthorizationRequest, AuthorizeClientUseCase authorizeClient,
    ExchangeCodeUseCase exchangeCode, ResolveAccessTokenUseCase resolveAccessToken, RevokeTokenUseCase revokeToken,
    ListOwnTokensUseCase listOwnTokens, RevokeOwnTokenUseCase revokeOwnToken) {

  public AccountUseCases {
    Objects.requireNonNull(signUp, "signUp");
    Objects.requireNonNull(authenticateUser, "authenticateUser");
    Objects.requireNonNull(registerClient, "registerClient");
    Objects.requireNonNull(identifyClient, "identifyClient");
    Objects.requireNonNull(checkAuthorizationRequest, "checkAuthorizationRequest");
    Objects.requireNonNull(authorizeClient, "authorizeClient");
    Objects.requireNonNull(exchangeCode, "exchangeCode");
    Objects.requireNonNull(resolveAccessToken, "resolveAccessToken");
    Objects.requireNonNull(revokeToken, "revokeToken");
    Objects.requireNonNull(listOwnTokens, "listOwnTokens");
    Objects.requireNonNull(revokeOwnToken, "revokeOwnToken");
  }
}
