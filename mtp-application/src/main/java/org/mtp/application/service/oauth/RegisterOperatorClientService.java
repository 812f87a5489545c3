package org.mtp.application.service.oauth;

import java.time.Clock;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.in.oauth.RegisterOperatorClientUseCase;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: the operator registers an ownerless client, under a chosen id or a generated one. */
public final class RegisterOperatorClientService implements RegisterOperatorClientUseCase {

    private final NewClients newClients;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterOperatorClientService(
            ClientRepository clients, SecureTokenSource tokenSource, UnitOfWork unitOfWork, Clock clock) {
        this.newClients = new NewClients(clients, tokenSource);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RegisteredClient register(RegisterOperatorClientCommand command) {
        ClientId id = command.clientId().orElseGet(ClientId::random);
        return unitOfWork.inTransaction(() -> newClients.register(
                id, command.name(), command.redirectUris(), command.type(), Optional.empty(), clock.instant()));
    }
}
