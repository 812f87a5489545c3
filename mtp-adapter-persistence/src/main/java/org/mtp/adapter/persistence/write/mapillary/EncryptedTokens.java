package org.mtp.adapter.persistence.write.mapillary;

/**
 * Persistence adapter: the stored forms of a grant's access token and refresh token (null when there is none), both
 * encrypted under the key {@code keyId}.
 */
record EncryptedTokens(String access, String refresh, String keyId) {

    @Override
    public String toString() {
        return "EncryptedTokens[key " + keyId + "]";
    }
}
