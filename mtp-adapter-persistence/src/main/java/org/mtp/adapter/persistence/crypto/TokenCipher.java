package org.mtp.adapter.persistence.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Persistence adapter: encrypts third-party tokens at rest with AES-256-GCM. Every encryption draws a fresh 96-bit
 * nonce, so the same token never gives the same ciphertext; the owner's id is bound as associated data, so a ciphertext
 * moved to another user's row does not decrypt. Stored form: {@code v1:<key id>:<base64url(nonce|ct)>}.
 */
public final class TokenCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeys keys;
    private final SecureRandom random;

    public TokenCipher(SecretKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** A plaintext recovered from storage, and whether it was under the previous key and should be re-encrypted. */
    public record Decrypted(String plaintext, boolean needsReEncryption) {
        @Override
        public String toString() {
            return "Decrypted[****, needsReEncryption=" + needsReEncryption + "]";
        }
    }

    /** The id of the key {@link #encrypt} uses, as written into every ciphertext and beside it. */
    public String currentKeyId() {
        return keys.currentId();
    }

    public String encrypt(String plaintext, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return VERSION + ":" + keys.currentId() + ":"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * Fails with {@link TamperedCiphertextException} when the text was altered, is for another owner, or its key is
     * gone.
     */
    public Decrypted decrypt(String stored, String owner) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new TamperedCiphertextException("not a ciphertext this version of mtp wrote");
        }
        SecretKey key = keys.byId(parts[1]);
        if (key == null) {
            throw new TamperedCiphertextException(
                    "encrypted with a key that is neither MTP_SECRET_KEY nor MTP_SECRET_KEY_PREVIOUS");
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(parts[2]);
            if (all.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new TamperedCiphertextException("ciphertext is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new Decrypted(new String(plain, StandardCharsets.UTF_8), !parts[1].equals(keys.currentId()));
        } catch (IllegalArgumentException | AEADBadTagException e) {
            throw new TamperedCiphertextException("ciphertext failed authentication");
        } catch (GeneralSecurityException e) {
            throw new TamperedCiphertextException("ciphertext cannot be decrypted");
        }
    }
}
