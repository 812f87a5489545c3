package org.mtp.adapter.persistence;

import java.nio.file.Path;

/**
 * Persistence adapter: the JDBC URL of the default store, an H2 database file, with the two settings that make it fit
 * to hold production data.
 *
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: H2's MVStore otherwise acknowledges a commit and writes it up to 500 ms later from a
 *       background thread, so a process killed in that window loses commits it already confirmed. With 0 the committing
 *       thread writes the change to the file before the commit returns (measured cost in docs/persistence.md). It is
 *       written, not fsynced: it survives the process dying, not the machine.
 *   <li>{@code AUTO_SERVER=TRUE}: the first process to open the file serves it over a local TCP port and every later
 *       process (an admin command while {@code serve} runs) connects through it instead of failing on the lock.
 * </ul>
 */
public final class H2Urls {

    /** H2 makes the user who creates a database its administrator; no password, since the file is the boundary. */
    public static final String USER = "sa";

    static final String DATABASE_NAME = "mtp";
    static final String SETTINGS = ";WRITE_DELAY=0;AUTO_SERVER=TRUE";

    private H2Urls() {}

    /** The URL of the database {@code mtp} kept in {@code dataDir} (created on first use). */
    public static String file(Path dataDir) {
        String path =
                dataDir.toAbsolutePath().normalize().resolve(DATABASE_NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException(
                    "'dataDir' must not contain ';' (H2 separates URL settings with it): " + path);
        }
        return "jdbc:h2:file:" + path + SETTINGS;
    }
}
