package org.mtp.application.service.oauth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.application.port.in.oauth.ListOwnTokensQuery;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.TokenPage;
import org.mtp.application.port.in.oauth.TokenSummary;
import org.mtp.application.port.out.oauth.AccessTokenRecord;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: a page of the user's active tokens, newest first, with the names of their clients. */
public final class ListOwnTokensService implements ListOwnTokensUseCase {

    private final AccessTokenStore tokens;
    private final ClientRepository clients;
    private final UnitOfWork unitOfWork;

    public ListOwnTokensService(AccessTokenStore tokens, ClientRepository clients, UnitOfWork unitOfWork) {
        this.tokens = tokens;
        this.clients = clients;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public TokenPage list(ListOwnTokensQuery query) {
        return unitOfWork.reading(() -> {
            // One more than asked tells whether a next page exists without a count query.
            List<AccessTokenRecord> found = tokens.listActiveByUser(query.userId(), query.after(), query.limit() + 1);
            List<AccessTokenRecord> page = found.subList(0, Math.min(found.size(), query.limit()));
            Map<ClientId, Optional<ClientName>> names = new HashMap<>();
            List<TokenSummary> items = page.stream()
                    .map(token -> new TokenSummary(
                            token.id(),
                            token.clientId(),
                            names.computeIfAbsent(
                                    token.clientId(), id -> clients.findById(id).map(OAuthClient::name)),
                            token.scopes(),
                            token.createdAt()))
                    .toList();
            Optional<TokenPosition> next = found.size() > query.limit()
                    ? Optional.of(items.get(items.size() - 1).position())
                    : Optional.empty();
            return new TokenPage(items, next);
        });
    }
}
