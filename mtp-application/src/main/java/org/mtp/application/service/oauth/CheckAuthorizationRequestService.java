package org.mtp.application.service.oauth;

import org.mtp.application.port.in.oauth.AuthorizationRequest;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.CheckAuthorizationRequestUseCase;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: check an authorization request before the consent page is shown; changes nothing. */
public final class CheckAuthorizationRequestService implements CheckAuthorizationRequestUseCase {

    private final AuthorizationRequests requests;
    private final UnitOfWork unitOfWork;

    public CheckAuthorizationRequestService(ClientRepository clients, UnitOfWork unitOfWork) {
        this.requests = new AuthorizationRequests(clients);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AuthorizationRequest check(AuthorizationRequestCommand command) {
        return unitOfWork.reading(() -> requests.check(command));
    }
}
