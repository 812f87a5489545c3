package org.mtp.adapter.persistence.crypto;

/** A stored ciphertext does not authenticate: altered, moved to another row, or under a key no longer configured. */
public final class TamperedCiphertextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperedCiphertextException(String message) {
        super(message);
    }
}
