package org.mtp.adapter.mapillary;

/**
 * Which Mapillary read API the gateway speaks: the Graph API v4 (current, the default) or the legacy v3 API, kept for
 * mirrors and archives that still serve its shapes. Uploads always use the v4 upload service.
 */
public enum ApiVersion {
    V4,
    V3
}
