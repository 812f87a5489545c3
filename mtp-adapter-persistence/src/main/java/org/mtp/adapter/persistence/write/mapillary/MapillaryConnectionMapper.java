package org.mtp.adapter.persistence.write.mapillary;

import java.util.UUID;
import org.mtp.adapter.persistence.crypto.TamperedCiphertextException;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: maps a user's Mapillary connection to its {@code mapillary_tokens} row and back, encrypting the
 * tokens on the way in and decrypting them on the way out. Each token's associated data is its owner's user id and its
 * role, so a ciphertext moved to another user's row, or the access token swapped with the refresh token, fails
 * authentication instead of decrypting.
 */
final class MapillaryConnectionMapper {

    private MapillaryConnectionMapper() {}

    /** A decrypted connection, and whether its tokens were under the previous key and should be re-encrypted. */
    record Decrypted(MapillaryConnection connection, boolean needsReEncryption) {}

    static MapillaryTokenJpaEntity toJpaEntity(UserId user, MapillaryConnection connection, TokenCipher cipher) {
        MapillaryTokenJpaEntity row = new MapillaryTokenJpaEntity(user.value());
        write(row, connection, cipher);
        return row;
    }

    /** Overwrites {@code row} with {@code connection}, its tokens encrypted under the current key. */
    static void write(MapillaryTokenJpaEntity row, MapillaryConnection connection, TokenCipher cipher) {
        MapillaryUser account = connection.mapillaryUser();
        MapillaryGrant grant = connection.grant();
        row.replace(
                account.id().value(),
                account.username(),
                encrypt(row.getUserId(), grant, cipher),
                Timestamps.normalize(grant.expiresAt()),
                Timestamps.normalize(connection.connectedAt()));
    }

    /** Both tokens of {@code grant}, encrypted for {@code user} under the current key. */
    static EncryptedTokens encrypt(UUID user, MapillaryGrant grant, TokenCipher cipher) {
        String access = cipher.encrypt(grant.accessToken().reveal(), accessOwner(user));
        String refresh = grant.refresh()
                .map(token -> cipher.encrypt(token.reveal(), refreshOwner(user)))
                .orElse(null);
        return new EncryptedTokens(access, refresh, cipher.currentKeyId());
    }

    /**
     * The connection {@code row} holds.
     *
     * @throws TamperedCiphertextException when a token does not authenticate (altered, moved, or its key is gone)
     */
    static Decrypted toModelEntity(MapillaryTokenJpaEntity row, TokenCipher cipher) {
        UUID user = row.getUserId();
        TokenCipher.Decrypted access = cipher.decrypt(row.getCiphertext(), accessOwner(user));
        TokenCipher.Decrypted refresh = row.getRefreshCiphertext() == null
                ? null
                : cipher.decrypt(row.getRefreshCiphertext(), refreshOwner(user));
        MapillaryGrant grant = new MapillaryGrant(
                MapillaryToken.of(access.plaintext()),
                row.getExpiresAt(),
                refresh == null ? null : MapillaryToken.of(refresh.plaintext()));
        MapillaryConnection connection = new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of(row.getMapillaryUserId()), row.getMapillaryUsername()),
                grant,
                row.getConnectedAt());
        boolean stale = access.needsReEncryption() || (refresh != null && refresh.needsReEncryption());
        return new Decrypted(connection, stale);
    }

    static String accessOwner(UUID user) {
        return user + "/mapillary-access";
    }

    static String refreshOwner(UUID user) {
        return user + "/mapillary-refresh";
    }
}
