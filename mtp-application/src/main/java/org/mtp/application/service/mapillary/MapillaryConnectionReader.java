package org.mtp.application.service.mapillary;

import java.util.Optional;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Use case service: reads a person's stored Mapillary connection, leaving its grant out. */
public final class MapillaryConnectionReader implements GetMapillaryConnectionUseCase {

    private final MapillaryConnectionStore connections;
    private final UnitOfWork unitOfWork;

    public MapillaryConnectionReader(MapillaryConnectionStore connections, UnitOfWork unitOfWork) {
        this.connections = connections;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<ConnectedAccount> connectionOf(UserId person) {
        Require.notNull("person", person);
        return unitOfWork.reading(() -> connections
                .find(person)
                .map(c -> new ConnectedAccount(c.mapillaryUser().username(), c.connectedAt())));
    }
}
