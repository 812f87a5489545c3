package org.mtp.adapter.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;

/**
 * Test support (child JVM main): what an admin command does while {@code serve} holds the H2 file in {@code args[0]}:
 * opens it with the production URL (migrate, validate), writes a user, prints {@code DONE <id> <users>} and exits.
 */
public final class H2AdminCommand {

    private H2AdminCommand() {}

    public static void main(String[] args) throws SQLException {
        try (PersistenceContext context = PersistenceContext.start(PersistenceConfig.h2(Path.of(args[0])))) {
            UUID id = TestRows.user(context.dataSource(), args[1]);
            long users = Sql.number(context.dataSource(), "SELECT COUNT(*) FROM users");
            System.out.println("DONE " + id + " " + users);
        }
    }
}
