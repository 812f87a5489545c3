package org.mtp.application.model.mapillary;

import java.util.Arrays;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A photo's small preview as Mapillary serves it: the image bytes and their media type ({@code image/...}), at most
 * {@link #MAX_BYTES}, so that a cache can weigh it and nothing else is ever relayed as an image.
 */
public final class MapillaryThumbnail {

    /** A 256-pixel JPEG is a few tens of kilobytes; anything far beyond is not a thumbnail. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final byte[] bytes;
    private final String contentType;

    private MapillaryThumbnail(byte[] bytes, String contentType) {
        this.bytes = bytes;
        this.contentType = contentType;
    }

    public static MapillaryThumbnail of(byte[] bytes, String contentType) {
        Require.notNull("bytes", bytes);
        Require.that(bytes.length > 0, "bytes", "must not be empty");
        Require.that(bytes.length <= MAX_BYTES, "bytes", "must be at most " + MAX_BYTES + " bytes");
        Require.notNull("content_type", contentType);
        if (!contentType.matches("image/[a-z0-9.+-]{1,64}")) {
            throw new ValidationException("content_type", "must be an image media type");
        }
        return new MapillaryThumbnail(bytes.clone(), contentType);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapillaryThumbnail other
                && other.contentType.equals(contentType)
                && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + contentType.hashCode();
    }

    @Override
    public String toString() {
        return "MapillaryThumbnail[" + contentType + ", " + bytes.length + " bytes]";
    }
}
