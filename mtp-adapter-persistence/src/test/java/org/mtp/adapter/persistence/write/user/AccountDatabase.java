package org.mtp.adapter.persistence.write.user;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.crypto.SecretKeys;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/**
 * Test support: one database for a test class of the account stores, emptied before each test and seeded with the rows
 * the stores' foreign keys need (two users, one client), and the {@link AccountStores} on it.
 *
 * <pre>
 * &#64;RegisterExtension static final AccountDatabase DB = new AccountDatabase(Database.H2);
 * ... DB.freshStores().users() ... DB.unitOfWork() ... DB.users() ...
 * </pre>
 */
public final class AccountDatabase implements AfterAllCallback {

    /**
     * Children first, so that deleting never trips a foreign key. The first-party client that the migration creates
     * stays, as in every database.
     */
    private static final List<String> TABLES = List.of(
            "import_jobs",
            "sign_in_attempts",
            "mapillary_tokens",
            "mapillary_connection_states",
            "access_tokens",
            "authorization_codes",
            "oauth_client_redirect_uris",
            "oauth_clients",
            "users");

    private static final List<UserId> USERS = List.of(
            UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001")),
            UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000002")));
    private static final ClientId CLIENT = ClientId.of("seeded-client");

    private final PersistenceExtension persistence = new PersistenceExtension();
    private final Database database;
    private final TokenCipher cipher = newCipher();

    public AccountDatabase(Database database) {
        this.database = database;
    }

    /** A cipher under a fresh random key. */
    public static TokenCipher newCipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new TokenCipher(SecretKeys.of(key, null), new SecureRandom());
    }

    public PersistenceContext context() {
        return persistence.context(database);
    }

    public UnitOfWork unitOfWork() {
        return context().unitOfWork();
    }

    /** The stores on an emptied and freshly seeded database. */
    public AccountStores freshStores() {
        reset();
        return stores();
    }

    /** The stores on the database as it is, with this class's cipher. */
    public AccountStores stores() {
        return AccountStores.create(context(), cipher);
    }

    /** The two seeded users. */
    public List<UserId> users() {
        return USERS;
    }

    /** The seeded public client. */
    public ClientId client() {
        return CLIENT;
    }

    private void reset() {
        DataSource dataSource = context().dataSource();
        try {
            for (String table : TABLES) {
                Sql.update(
                        dataSource,
                        "DELETE FROM " + table + (table.equals("oauth_clients") ? " WHERE first_party = FALSE" : ""));
            }
            for (UserId user : USERS) {
                insertUser(
                        dataSource,
                        user.value(),
                        "user-" + user.value().toString().substring(34));
            }
            Sql.update(
                    dataSource,
                    "INSERT INTO oauth_clients (client_id, name, confidential, created_at)"
                            + " VALUES (?, 'Uploader', FALSE, ?)",
                    CLIENT.value(),
                    TestRows.T0);
            Sql.update(
                    dataSource,
                    "INSERT INTO oauth_client_redirect_uris (client_id, position, uri)"
                            + " VALUES (?, 0, 'app.mtp.desktop://app')",
                    CLIENT.value());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the account tables", e);
        }
    }

    private static void insertUser(DataSource dataSource, UUID id, String username) throws SQLException {
        String key = username.toLowerCase(Locale.ROOT);
        Sql.update(
                dataSource,
                "INSERT INTO users (id, username, username_key, email, email_key, password_hash,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, 'pbkdf2-sha256$1000$c2FsdA$a2V5', ?)",
                id,
                username,
                key,
                key + "@example.org",
                key + "@example.org",
                TestRows.T0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        persistence.afterAll(context);
    }
}
