package org.mtp.adapter.http.oauth;

import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ErrorStyle;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.port.in.oauth.RevokeTokenCommand;
import org.mtp.application.port.in.oauth.RevokeTokenUseCase;

/**
 * HTTP resource: {@code POST /api/v1/oauth/revoke} (RFC 7009). The client authenticates; the answer is 200 whether or
 * not the token existed, so it reveals nothing. {@code token_type_hint} is accepted and, with access tokens the only
 * kind, needs no use.
 */
public final class RevokeResource implements ApiResource {

    private final RevokeTokenUseCase revokeToken;

    public RevokeResource(RevokeTokenUseCase revokeToken) {
        this.revokeToken = revokeToken;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/oauth/revoke")
                .access(Access.PUBLIC)
                .errors(ErrorStyle.OAUTH)
                .handle(this::revoke);
    }

    private void revoke(ApiExchange exchange) {
        Params body = exchange.body();
        var client = ClientCredentialsReader.read(exchange.ctx().header("Authorization"), body);
        String token = body.requiredString("token");
        revokeToken.revoke(new RevokeTokenCommand(client, token));
        exchange.header("Cache-Control", "no-store");
        exchange.ctx().status(200);
    }
}
