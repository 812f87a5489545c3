package org.mtp.adapter.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** AES-GCM token encryption: fresh nonces, typed failures for tampering, owner binding, key rotation. */
class TokenCipherTest {

    private static final byte[] KEY_A = filled(1);
    private static final byte[] KEY_B = filled(2);
    private static final String OWNER = "8d0c5f2e-0000-4000-8000-000000000001";

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private final TokenCipher cipher = new TokenCipher(SecretKeys.of(KEY_A, null), new SecureRandom());

    @Test
    void theSameTokenEncryptedTwiceGivesDifferentCiphertextsThatBothDecrypt() {
        String first = cipher.encrypt("MLY|secret-token", OWNER);
        String second = cipher.encrypt("MLY|secret-token", OWNER);

        assertThat(first).isNotEqualTo(second).doesNotContain("secret-token");
        assertThat(cipher.decrypt(first, OWNER).plaintext()).isEqualTo("MLY|secret-token");
        assertThat(cipher.decrypt(second, OWNER).plaintext()).isEqualTo("MLY|secret-token");
        assertThat(cipher.decrypt(first, OWNER).needsReEncryption()).isFalse();
    }

    @Test
    void theCurrentKeyIdIsTheOneWrittenIntoEveryCiphertext() {
        TokenCipher rotated = new TokenCipher(SecretKeys.of(KEY_B, KEY_A), new SecureRandom());

        assertThat(cipher.encrypt("MLY|secret-token", OWNER)).startsWith("v1:" + cipher.currentKeyId() + ":");
        assertThat(rotated.encrypt("MLY|secret-token", OWNER)).startsWith("v1:" + rotated.currentKeyId() + ":");
        assertThat(rotated.currentKeyId()).isNotEqualTo(cipher.currentKeyId()).matches("[0-9a-f]{12}");
    }

    @Test
    void aTamperedCiphertextIsATypedFailureNotGarbage() {
        String stored = cipher.encrypt("MLY|secret-token", OWNER);
        char last = stored.charAt(stored.length() - 5);
        String tampered = stored.substring(0, stored.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + stored.substring(stored.length() - 4);

        assertThatThrownBy(() -> cipher.decrypt(tampered, OWNER)).isInstanceOf(TamperedCiphertextException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:zz:", OWNER)).isInstanceOf(TamperedCiphertextException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain-text-token", OWNER))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void aCiphertextMovedToAnotherUsersRowDoesNotDecrypt() {
        String stored = cipher.encrypt("MLY|secret-token", OWNER);

        assertThatThrownBy(() -> cipher.decrypt(stored, "someone-else"))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void aRotatedKeyStillDecryptsOldTokensAndAsksForReEncryption() {
        String underOldKey = cipher.encrypt("MLY|secret-token", OWNER);
        TokenCipher rotated = new TokenCipher(SecretKeys.of(KEY_B, KEY_A), new SecureRandom());

        TokenCipher.Decrypted decrypted = rotated.decrypt(underOldKey, OWNER);

        assertThat(decrypted.plaintext()).isEqualTo("MLY|secret-token");
        assertThat(decrypted.needsReEncryption()).isTrue();
        assertThat(rotated.decrypt(rotated.encrypt("x", OWNER), OWNER).needsReEncryption())
                .isFalse();
        assertThat(decrypted.toString()).doesNotContain("secret");
    }

    @Test
    void aKeyThatIsNoLongerConfiguredIsRefused() {
        String underOldKey = cipher.encrypt("MLY|secret-token", OWNER);
        TokenCipher forgotten = new TokenCipher(SecretKeys.of(KEY_B, null), new SecureRandom());

        assertThatThrownBy(() -> forgotten.decrypt(underOldKey, OWNER))
                .isInstanceOf(TamperedCiphertextException.class)
                .hasMessageContaining("MTP_SECRET_KEY");
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> SecretKeys.of(new byte[16], null)).hasMessageContaining("32 bytes");
    }
}
