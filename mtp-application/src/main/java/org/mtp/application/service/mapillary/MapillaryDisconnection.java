package org.mtp.application.service.mapillary;

import org.mtp.application.port.in.mapillary.DisconnectMapillaryUseCase;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Use case service: deletes a person's stored Mapillary connection, token included, in one unit of work. */
public final class MapillaryDisconnection implements DisconnectMapillaryUseCase {

    private final MapillaryConnectionStore connections;
    private final UnitOfWork unitOfWork;

    public MapillaryDisconnection(MapillaryConnectionStore connections, UnitOfWork unitOfWork) {
        this.connections = connections;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void disconnect(UserId person) {
        Require.notNull("person", person);
        unitOfWork.run(() -> connections.delete(person));
    }
}
