package org.mtp.application.port.in.mapillary;

import org.mtp.domain.common.DomainException;

/** This server has no Mapillary app (id, secret and redirect URI), so no account can be connected through it. */
public final class MapillaryNotConfiguredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public MapillaryNotConfiguredException() {
        super(
                "this server has no Mapillary app configured (MAPILLARY_APP_ID, MAPILLARY_SECRET, MAPILLARY_REDIRECT_URI)");
    }

    @Override
    public String code() {
        return "mapillary_not_configured";
    }
}
