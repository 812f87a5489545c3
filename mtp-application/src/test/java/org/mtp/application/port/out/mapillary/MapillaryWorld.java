package org.mtp.application.port.out.mapillary;

import java.nio.charset.StandardCharsets;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.sequence.ImageKey;
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

    /** The app's own client token ({@code MLY|...}), which reads public images without any user. */
    MapillaryToken appToken();

    /** What every fake serves as the thumbnail of {@code image}: JPEG markers around the key, distinct per image. */
    static byte[] syntheticThumbnail(ImageKey image) {
        byte[] key = image.value().getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[key.length + 4];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        System.arraycopy(key, 0, bytes, 2, key.length);
        bytes[bytes.length - 2] = (byte) 0xFF;
        bytes[bytes.length - 1] = (byte) 0xD9;
        return bytes;
    }
}
