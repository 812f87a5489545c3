package org.mtp.application.port.out.mapillary;

import java.time.Instant;
import java.util.Objects;
import org.mtp.domain.sequence.MapillaryUser;

/** A user's linked Mapillary account: who they are on Mapillary and the grant that lets mtp act for them. */
public record MapillaryConnection(MapillaryUser mapillaryUser, MapillaryGrant grant, Instant connectedAt) {

    public MapillaryConnection {
        Objects.requireNonNull(mapillaryUser, "mapillaryUser");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(connectedAt, "connectedAt");
    }
}
