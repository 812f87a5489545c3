package org.mtp.adapter.http.route;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.port.in.oauth.AuthenticatedAccess;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.ResolveAccessTokenUseCase;
import org.mtp.domain.common.ValidationException;

/**
 * Applies a route's {@link Access}: resolves a bearer token (an invalid or revoked one is a 401 at once), identifies
 * the client by {@code client_id} or by the token (neither, an unknown client, or a {@code client_id} that is not the
 * token's client: 401 {@code invalid_client}), then demands a user and scope where the route needs them.
 */
final class ClientIdentification {

    private final IdentifyClientUseCase identifyClient;
    private final ResolveAccessTokenUseCase resolveAccessToken;

    ClientIdentification(IdentifyClientUseCase identifyClient, ResolveAccessTokenUseCase resolveAccessToken) {
        this.identifyClient = identifyClient;
        this.resolveAccessToken = resolveAccessToken;
    }

    RequestIdentity identify(Access access, Context ctx, Params params) {
        if (access == Access.PUBLIC) {
            return RequestIdentity.anonymous();
        }
        Optional<Caller> caller = bearerToken(ctx.header("Authorization")).map(this::resolve);
        Optional<String> clientParam = params.string("client_id");
        ClientId client;
        if (clientParam.isPresent()) {
            client = identifiedClient(clientParam.get());
            if (caller.isPresent() && !caller.get().clientId().equals(client)) {
                throw invalidClient("client_id is not the client the access token was issued to");
            }
        } else if (caller.isPresent()) {
            client = caller.get().clientId();
        } else {
            throw invalidClient("identify the client with a client_id parameter or a bearer token");
        }
        if (access == Access.READ || access == Access.WRITE) {
            Caller signedIn = caller.orElseThrow(
                    () -> ApiException.of(401, "unauthorized", "this request needs a bearer access token"));
            Scope needed = access == Access.READ ? Scope.READ : Scope.WRITE;
            if (!signedIn.may(needed)) {
                throw ApiException.of(
                                403,
                                "insufficient_scope",
                                "the access token lacks the '" + needed.wireName() + "' scope")
                        .withHeader(
                                "WWW-Authenticate",
                                "Bearer realm=\"mtp\", error=\"insufficient_scope\", scope=\"" + needed.wireName()
                                        + "\"");
            }
        }
        return new RequestIdentity(Optional.of(client), caller);
    }

    private ClientId identifiedClient(String text) {
        ClientId id;
        try {
            id = ClientId.of(text);
        } catch (ValidationException e) {
            throw invalidClient("client_id is malformed");
        }
        return identifyClient.identify(id).id();
    }

    private Caller resolve(AccessToken token) {
        AuthenticatedAccess access = resolveAccessToken.resolve(token);
        return new Caller(access.user(), access.clientId(), access.scopes(), access.tokenId());
    }

    /** The token of an {@code Authorization: Bearer} header; other schemes are not ours to judge here. */
    static Optional<AccessToken> bearerToken(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String lower = header.toLowerCase(Locale.ROOT);
        if (!lower.equals("bearer") && !lower.startsWith("bearer ")) {
            return Optional.empty();
        }
        String token = header.substring("bearer".length()).strip();
        try {
            return Optional.of(AccessToken.of(token));
        } catch (ValidationException e) {
            throw ApiException.of(401, "invalid_token", "the bearer token is malformed");
        }
    }

    private static ApiException invalidClient(String detail) {
        return ApiException.of(401, "invalid_client", detail);
    }
}
