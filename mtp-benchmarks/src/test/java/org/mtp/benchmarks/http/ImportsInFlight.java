package org.mtp.benchmarks.http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Load benchmark: one import running for each signed-up person of the run, written straight into {@code import_jobs}
 * (the harness has no Mapillary to import from), so the progress page can be measured; its runner reports in a day
 * ahead, so no node's heartbeat cuts it off during the run.
 */
final class ImportsInFlight {

    private ImportsInFlight() {}

    /** The id of the import made for each of {@code usernames}, in order. */
    static List<String> insert(Connection connection, List<String> usernames) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_jobs (id, owner_id,"
                + " sequence_key, status, fetched, total, created_at, updated_at, runner_id, heartbeat_at)"
                + " SELECT ?, u.id, ?, 'RUNNING', 1200, 5000, ?, ?, ?, ? FROM users u WHERE u.username = ?")) {
            for (String username : usernames) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, "loadBench" + id.toString().substring(0, 8));
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.setObject(5, UUID.randomUUID());
                insert.setObject(6, now.plusDays(1));
                insert.setString(7, username);
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("no user " + username + " to give an import to");
                }
                ids.add(id.toString());
            }
        }
        connection.commit();
        return ids;
    }
}
