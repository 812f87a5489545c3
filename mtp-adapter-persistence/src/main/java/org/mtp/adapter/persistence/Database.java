package org.mtp.adapter.persistence;

import java.util.Locale;

/** The two database products the persistence adapter supports, recognised from the JDBC URL. */
public enum Database {
    H2("jdbc:h2:", "h2"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private static final String MIGRATIONS = "classpath:db/migration/";

    private final String urlPrefix;
    private final String migrationFolder;

    Database(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /**
     * The database a JDBC URL points at. The error quotes only the URL's scheme, because the rest may carry a password.
     */
    public static Database fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("'jdbcUrl' must not be blank");
        }
        String lower = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        for (Database database : values()) {
            if (lower.startsWith(database.urlPrefix)) {
                return database;
            }
        }
        throw new IllegalArgumentException(
                "'jdbcUrl' must start with jdbc:h2: or jdbc:postgresql:, was " + scheme(lower) + "...");
    }

    private static String scheme(String url) {
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? "an unknown scheme" : url.substring(0, second + 1);
    }

    /** Flyway locations: the migrations both databases share, then this database's own. */
    public String[] migrationLocations() {
        return new String[] {MIGRATIONS + "common", MIGRATIONS + migrationFolder};
    }
}
