package org.mtp.bootstrap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Finds the key that encrypts stored tokens: {@code MTP_SECRET_KEY} (base64 of 32 random bytes) when set, otherwise a
 * key generated on first start and kept in {@code <data dir>/secret.key}, readable by its owner only.
 */
public final class SecretKeyStore {

    static final String FILE_NAME = "secret.key";

    private SecretKeyStore() {}

    /** The 32 key bytes; {@code configured} is the MTP_SECRET_KEY value or null. */
    public static byte[] current(String configured, Path dataDir, SecureRandom random) {
        if (configured != null) {
            return decode("MTP_SECRET_KEY", configured);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file, random);
            }
            return decode(
                    "MTP_SECRET_KEY (" + file + ")",
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new ConfigException(
                    "MTP_SECRET_KEY", "no key is set and " + file + " cannot be read or created: " + e.getMessage());
        }
    }

    /** The previous key during a rotation, or null. */
    public static byte[] previous(String configured) {
        return configured == null ? null : decode("MTP_SECRET_KEY_PREVIOUS", configured);
    }

    /**
     * Writes the key to a private temporary file, then links it into place: the link either appears complete or fails
     * because another process (an admin command beside {@code serve}) won the race, whose key is then used.
     */
    private static void create(Path file, SecureRandom random) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Path temp = posix
                ? Files.createTempFile(
                        file.getParent(), "secret", ".tmp", PosixFilePermissions.asFileAttribute(ownerOnly))
                : Files.createTempFile(file.getParent(), "secret", ".tmp");
        try {
            Files.write(temp, text, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first; its key is the one to use.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] decode(String setting, String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length != 32) {
                throw new ConfigException(setting, "must be base64 of exactly 32 bytes, was " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    setting, "must be base64 of 32 random bytes (for example: openssl rand -base64 32)");
        }
    }
}
