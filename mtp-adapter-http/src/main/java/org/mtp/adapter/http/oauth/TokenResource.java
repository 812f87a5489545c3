package org.mtp.adapter.http.oauth;

import java.util.Optional;
import java.util.function.Supplier;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorStyle;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.CodeVerifier;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.ExchangeCodeUseCase;
import org.mtp.application.port.in.oauth.IssuedAccessToken;
import org.mtp.domain.common.ValidationException;

/**
 * HTTP resource: {@code POST /api/v1/oauth/token}, the token endpoint of the code grant (RFC 6749 4.1.3, PKCE RFC 7636
 * 4.5). Answers {@code {"access_token", "token_type": "bearer", "scope"}}, and failures as RFC 6749 5.2 JSON.
 */
public final class TokenResource implements ApiResource {

    /** A successful token response. */
    record TokenResponse(String accessToken, String tokenType, String scope) {

        @Override
        public String toString() {
            return "TokenResponse[accessToken=****, scope=" + scope + "]";
        }
    }

    private final ExchangeCodeUseCase exchangeCode;

    public TokenResource(ExchangeCodeUseCase exchangeCode) {
        this.exchangeCode = exchangeCode;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/oauth/token")
                .access(Access.PUBLIC)
                .errors(ErrorStyle.OAUTH)
                .handle(this::token);
    }

    private void token(ApiExchange exchange) {
        Params body = exchange.body();
        String grantType = body.string("grant_type")
                .orElseThrow(() -> ApiException.of(400, "invalid_request", "grant_type is required"));
        if (!grantType.equals("authorization_code")) {
            throw ApiException.of(400, "unsupported_grant_type", "only grant_type=authorization_code is supported");
        }
        var client = ClientCredentialsReader.read(exchange.ctx().header("Authorization"), body);
        AuthorizationCode code = parse(
                () -> AuthorizationCode.of(body.requiredString("code")), "invalid_grant", "the code is malformed");
        Optional<CodeVerifier> verifier = parse(
                () -> body.string("code_verifier").map(CodeVerifier::of),
                "invalid_request",
                "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 . _ ~ -");
        IssuedAccessToken token =
                exchangeCode.exchange(new ExchangeCodeCommand(client, code, body.string("redirect_uri"), verifier));
        exchange.header("Cache-Control", "no-store");
        exchange.header("Pragma", "no-cache");
        exchange.json(
                200,
                new TokenResponse(
                        token.token().reveal(), "bearer", token.scopes().text()));
    }

    private static <T> T parse(Supplier<T> parse, String error, String detail) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw ApiException.of(400, error, detail);
        }
    }
}
