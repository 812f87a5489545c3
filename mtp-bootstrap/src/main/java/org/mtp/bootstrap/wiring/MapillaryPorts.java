package org.mtp.bootstrap.wiring;

import java.util.Objects;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryGateway;

/** The Mapillary out-ports the use cases call: reading users' data and connecting accounts. */
public record MapillaryPorts(MapillaryGateway gateway, MapillaryAuthorization authorization) {

  public MapillaryPorts {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(authorization, "authorization");
  }
}
