package org.mtp.domain.geo;

import org.mtp.domain.common.Require;

/** A WGS84 position as (longitude, latitude) in degrees, the order GeoJSON uses. */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        Require.inRange("lon", lon, -180.0, 180.0);
        Require.inRange("lat", lat, -90.0, 90.0);
    }

    public static GeoPoint of(double lon, double lat) {
        return new GeoPoint(lon, lat);
    }
}
