package org.mtp.application.service.oauth;

import java.time.Clock;
import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.in.oauth.RegisterClientCommand;
import org.mtp.application.port.in.oauth.RegisterClientUseCase;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.security.SecureTokenSource;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: a signed-in user registers a client under a generated id. */
public final class RegisterClientService implements RegisterClientUseCase {

    private final NewClients newClients;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterClientService(
            ClientRepository clients, SecureTokenSource tokenSource, UnitOfWork unitOfWork, Clock clock) {
        this.newClients = new NewClients(clients, tokenSource);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RegisteredClient register(RegisterClientCommand command) {
        return unitOfWork.inTransaction(() -> newClients.register(
                ClientId.random(),
                command.name(),
                command.redirectUris(),
                command.type(),
                Optional.of(command.owner()),
                clock.instant()));
    }
}
