package org.mtp.adapter.http.account;

import java.time.Instant;
import java.util.List;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.oauth.RegisterClientCommand;
import org.mtp.application.port.in.oauth.RegisterClientUseCase;
import org.mtp.application.port.in.oauth.RegisteredClient;

/**
 * HTTP resource: {@code POST /api/v1/clients}, a signed-in user registers an OAuth client; a confidential client's
 * secret is in this one answer and nowhere else.
 */
public final class ClientsResource implements ApiResource {

    /** A client just registered, on the wire. */
    record RegisteredClientView(
            String clientId,
            String name,
            String type,
            List<String> redirectUris,
            String clientSecret,
            Instant createdAt) {

        static RegisteredClientView of(RegisteredClient registered) {
            OAuthClient client = registered.client();
            return new RegisteredClientView(
                    client.id().value(),
                    client.name().value(),
                    client.type().wireName(),
                    client.redirectUris().values().stream()
                            .map(RedirectUri::value)
                            .toList(),
                    registered.secret().map(ClientSecret::reveal).orElse(null),
                    client.createdAt());
        }
    }

    private final RegisterClientUseCase registerClient;

    public ClientsResource(RegisterClientUseCase registerClient) {
        this.registerClient = registerClient;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/clients").access(Access.WRITE).handle(this::registerClient);
    }

    private void registerClient(ApiExchange exchange) {
        Params body = exchange.body();
        FieldErrors errors = new FieldErrors();
        ClientName name = errors.check("name", () -> ClientName.of(body.requiredString("name")));
        RedirectUris uris = errors.check("redirect_uris", () -> RedirectUris.parse(body.strings("redirect_uris")));
        ClientType type = errors.check("type", () -> ClientType.fromName("type", body.requiredString("type")));
        errors.throwIfAny();
        RegisteredClient registered = registerClient.register(
                new RegisterClientCommand(exchange.caller().userId(), name, uris, type));
        exchange.header("Cache-Control", "no-store");
        exchange.json(201, RegisteredClientView.of(registered));
    }
}
