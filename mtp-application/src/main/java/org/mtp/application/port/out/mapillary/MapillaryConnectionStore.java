package org.mtp.application.port.out.mapillary;

import java.util.Optional;
import org.mtp.domain.user.UserId;

/** Outgoing port keeping each user's Mapillary connection; the adapter encrypts tokens at rest. */
public interface MapillaryConnectionStore {

    void save(UserId user, MapillaryConnection connection);

    Optional<MapillaryConnection> find(UserId user);

    void delete(UserId user);
}
