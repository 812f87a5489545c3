package org.mtp.adapter.persistence.write.mapillary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.persistence.crypto.SecretKeys;
import org.mtp.adapter.persistence.crypto.TamperedCiphertextException;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.UserId;

/** The Mapillary connection mapping both ways: tokens leave only encrypted and come back only to their owner. */
class MapillaryConnectionMapperTest {

    private static final UserId OWNER = UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001"));
    private static final UserId OTHER = UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000002"));
    private static final Instant CONNECTED = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final byte[] KEY_A = filled(1);
    private static final byte[] KEY_B = filled(2);

    private final TokenCipher cipher = new TokenCipher(SecretKeys.of(KEY_A, null), new SecureRandom());

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static MapillaryConnection v4() {
        return new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of("104203"), "rider"),
                new MapillaryGrant(
                        MapillaryToken.of("MLY|4100|access"),
                        CONNECTED.plusSeconds(5_184_000),
                        MapillaryToken.of("MLY|4100|refresh")),
                CONNECTED);
    }

    @Test
    void aConnectionMapsToARowWithEncryptedTokensAndBackUnchanged() {
        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, v4(), cipher);

        assertThat(row.getUserId()).isEqualTo(OWNER.value());
        assertThat(row.getMapillaryUserId()).isEqualTo("104203");
        assertThat(row.getMapillaryUsername()).isEqualTo("rider");
        assertThat(row.getCiphertext())
                .startsWith("v1:" + cipher.currentKeyId() + ":")
                .doesNotContain("access");
        assertThat(row.getRefreshCiphertext())
                .startsWith("v1:" + cipher.currentKeyId() + ":")
                .doesNotContain("refresh");
        assertThat(row.getKeyId()).isEqualTo(cipher.currentKeyId());
        assertThat(row.getExpiresAt()).isEqualTo(CONNECTED.plusSeconds(5_184_000));
        assertThat(row.getConnectedAt()).isEqualTo(CONNECTED);

        MapillaryConnectionMapper.Decrypted back = MapillaryConnectionMapper.toModelEntity(row, cipher);
        assertThat(back.connection()).isEqualTo(v4());
        assertThat(back.needsReEncryption()).isFalse();
    }

    @Test
    void aGrantWithoutExpiryOrRefreshTokenHasNoRefreshCiphertext() {
        MapillaryConnection v3 = new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of("aB3-x_9"), "walker"),
                new MapillaryGrant(MapillaryToken.of("v3-token"), null, null),
                CONNECTED);

        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, v3, cipher);

        assertThat(row.getRefreshCiphertext()).isNull();
        assertThat(row.getExpiresAt()).isNull();
        assertThat(MapillaryConnectionMapper.toModelEntity(row, cipher).connection())
                .isEqualTo(v3);
    }

    @Test
    void instantsAreKeptToTheMillisecondAsTheColumnsHoldThem() {
        MapillaryConnection precise = new MapillaryConnection(
                v4().mapillaryUser(),
                new MapillaryGrant(v4().grant().accessToken(), CONNECTED.plusNanos(999_999), null),
                CONNECTED.plusNanos(456_789));

        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, precise, cipher);

        assertThat(row.getExpiresAt()).isEqualTo(CONNECTED);
        assertThat(row.getConnectedAt()).isEqualTo(CONNECTED);
    }

    @Test
    void ciphertextsMovedToAnotherUsersRowDoNotDecrypt() {
        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, v4(), cipher);
        MapillaryTokenJpaEntity moved = new MapillaryTokenJpaEntity(OTHER.value());
        moved.replace(
                row.getMapillaryUserId(),
                row.getMapillaryUsername(),
                new EncryptedTokens(row.getCiphertext(), row.getRefreshCiphertext(), row.getKeyId()),
                row.getExpiresAt(),
                row.getConnectedAt());

        assertThatThrownBy(() -> MapillaryConnectionMapper.toModelEntity(moved, cipher))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void anAccessTokenSwappedWithTheRefreshTokenDoesNotDecrypt() {
        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, v4(), cipher);
        row.replace(
                row.getMapillaryUserId(),
                row.getMapillaryUsername(),
                new EncryptedTokens(row.getRefreshCiphertext(), row.getCiphertext(), row.getKeyId()),
                row.getExpiresAt(),
                row.getConnectedAt());

        assertThatThrownBy(() -> MapillaryConnectionMapper.toModelEntity(row, cipher))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void aRowUnderThePreviousKeyDecryptsAndAsksForReEncryption() {
        MapillaryTokenJpaEntity row = MapillaryConnectionMapper.toJpaEntity(OWNER, v4(), cipher);
        TokenCipher rotated = new TokenCipher(SecretKeys.of(KEY_B, KEY_A), new SecureRandom());

        MapillaryConnectionMapper.Decrypted back = MapillaryConnectionMapper.toModelEntity(row, rotated);

        assertThat(back.connection()).isEqualTo(v4());
        assertThat(back.needsReEncryption()).isTrue();
    }
}
