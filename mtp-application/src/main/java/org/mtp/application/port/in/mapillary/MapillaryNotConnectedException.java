package org.mtp.application.port.in.mapillary;

import org.mtp.domain.common.DomainException;

/** The user has not linked a Mapillary account yet (or its token no longer works). */
public final class MapillaryNotConnectedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public MapillaryNotConnectedException() {
        super(
                "connect a Mapillary account first (POST /api/v1/mapillary/token/verify or GET /api/v1/mapillary/connect)");
    }

    @Override
    public String code() {
        return "mapillary_not_connected";
    }
}
