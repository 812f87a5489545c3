package org.mtp.application.port.out.mapillary;

import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillaryUser;

/**
 * Test fixture: the Mapillary a gateway under contract test talks to, seeded the same way whether it is an in-memory
 * fake or a fake HTTP server.
 */
public interface MapillaryWorld {

    /** An account and a token that authenticates as it. */
    void addUser(MapillaryUser user, MapillaryToken token);

    /** A sequence owned by {@code sequence.owner()}; its photos carry capture times and may be in any order. */
    void addSequence(MapillarySequence sequence);

    /** The token stops working, as when the user revokes the app. */
    void revoke(MapillaryToken token);
}
