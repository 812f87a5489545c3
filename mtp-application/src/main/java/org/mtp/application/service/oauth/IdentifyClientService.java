package org.mtp.application.service.oauth;

import org.mtp.application.port.in.oauth.ClientId;
import org.mtp.application.port.in.oauth.IdentifyClientUseCase;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.OAuthClient;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: look up the client a request names. */
public final class IdentifyClientService implements IdentifyClientUseCase {

  private final ClientRepository clients;
  private final UnitOfWork unitOfWork;

  public IdentifyClientService(ClientRepository clients, UnitOfWork unitOfWork) {
    this.clients = clients;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public OAuthClient identify(ClientId clientId) {
    return unitOfWork.inTransaction(() -> clients.findById(clientId))
        .orElseThrow(() -> new InvalidClientException("unknown client"));
  }
}
