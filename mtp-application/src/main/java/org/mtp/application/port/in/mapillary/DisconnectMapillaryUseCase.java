package org.mtp.application.port.in.mapillary;

import org.mtp.domain.user.UserId;

/**
 * Use case: a person disconnects their Mapillary account, so that the stored token is deleted; with none connected
 * nothing changes. Imports and finishing drafts ask for a new connection afterwards.
 */
public interface DisconnectMapillaryUseCase {

    void disconnect(UserId person);
}
