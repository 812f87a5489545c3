package org.mtp.adapter.http.account;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.application.port.in.oauth.ListOwnTokensQuery;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.RevokeOwnTokenCommand;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.oauth.TokenPage;
import org.mtp.application.port.in.oauth.TokenSummary;
import org.mtp.domain.common.ValidationException;

/**
 * HTTP resource: the signed-in user. {@code GET /api/v1/me}; {@code GET /api/v1/me/tokens}, the tokens they granted
 * (newest first, paged); {@code DELETE /api/v1/me/tokens/{id}}, revoking one at once.
 */
public final class MeResource implements ApiResource {

    static final String TOKENS_CURSOR = "me.tokens";

    /** A granted token on the wire: never the token itself. */
    record TokenView(UUID id, String clientId, String clientName, String scope, Instant createdAt) {

        static TokenView of(TokenSummary summary) {
            return new TokenView(
                    summary.id().value(),
                    summary.clientId().value(),
                    summary.clientName().map(ClientName::value).orElse(null),
                    summary.scopes().text(),
                    summary.createdAt());
        }
    }

    private final ListOwnTokensUseCase listOwnTokens;
    private final RevokeOwnTokenUseCase revokeOwnToken;

    public MeResource(ListOwnTokensUseCase listOwnTokens, RevokeOwnTokenUseCase revokeOwnToken) {
        this.listOwnTokens = listOwnTokens;
        this.revokeOwnToken = revokeOwnToken;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/v1/me")
                .access(Access.READ)
                .handle(exchange ->
                        exchange.json(200, UserView.of(exchange.caller().user())));
        routes.get("/api/v1/me/tokens").access(Access.READ).handle(this::listTokens);
        routes.delete("/api/v1/me/tokens/{id}").access(Access.WRITE).handle(this::revokeToken);
    }

    private void listTokens(ApiExchange exchange) {
        PageRequest page = exchange.pageRequest(TOKENS_CURSOR);
        TokenPage tokens = listOwnTokens.list(new ListOwnTokensQuery(
                exchange.caller().userId(), page.limit(), page.after().map(MeResource::position)));
        exchange.list(
                tokens.items().stream().map(TokenView::of).toList(),
                TOKENS_CURSOR,
                tokens.next()
                        .map(next -> List.of(
                                Json.instant(next.createdAt()), next.id().toString())));
    }

    /** The position a signed cursor holds; its shape was ours, so any surprise is an invalid cursor. */
    private static TokenPosition position(List<String> parts) {
        if (parts.size() != 2) {
            throw CursorCodec.invalid();
        }
        try {
            return new TokenPosition(Instant.parse(parts.get(0)), AccessTokenId.parse("cursor", parts.get(1)));
        } catch (DateTimeParseException | ValidationException e) {
            throw CursorCodec.invalid();
        }
    }

    private void revokeToken(ApiExchange exchange) {
        AccessTokenId id;
        try {
            id = AccessTokenId.parse("id", exchange.pathParam("id"));
        } catch (ValidationException e) {
            throw ApiException.of(404, "not_found", "no token with this id");
        }
        revokeOwnToken.revoke(new RevokeOwnTokenCommand(exchange.caller().userId(), id));
        exchange.noContent();
    }
}
