package org.mtp.application.service.sequence;

import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.FetchProgress;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.SequenceFailures;

/**
 * Policy: a Mapillary sequence may only be imported with a token of the Mapillary account that owns it. Verifies the
 * token, fetches the sequence and compares owners by Mapillary id. Runs outside any transaction: Mapillary can be slow.
 */
public final class OwnedMapillaryFetch {

    private final MapillaryGateway gateway;

    public OwnedMapillaryFetch(MapillaryGateway gateway) {
        this.gateway = gateway;
    }

    public MapillarySequence fetch(MapillaryToken token, MapillarySequenceKey key) {
        return fetch(token, key, FetchProgress.NONE);
    }

    /** As {@link #fetch(MapillaryToken, MapillarySequenceKey)}, telling {@code progress} how far the photos are. */
    public MapillarySequence fetch(MapillaryToken token, MapillarySequenceKey key, FetchProgress progress) {
        MapillaryUser tokenUser = gateway.verifyToken(token);
        MapillarySequence data = gateway.fetchSequence(token, key, progress);
        if (!data.owner().sameAccount(tokenUser)) {
            throw new SequenceFailures.NotOwnedOnMapillary(key);
        }
        return data;
    }
}
