package org.mtp.adapter.web.sequence;

/**
 * One photo in the list: its number in the sequence, key, compass angle, capture time in UTC, link, marks, and the URL
 * of its thumbnail (null when no Mapillary app is configured).
 */
public record PhotoRow(
        int number,
        String key,
        String angle,
        String capturedText,
        String capturedIso,
        String mapillaryUrl,
        ViewpointModel viewpoint,
        String thumbnailUrl) {}
