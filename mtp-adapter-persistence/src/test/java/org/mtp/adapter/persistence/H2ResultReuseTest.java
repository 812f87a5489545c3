package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cause of the stale filtered boards on H2, in plain JDBC against H2 alone: H2 re-uses a query's last result when
 * it believes nothing changed, but it does not compare the parameters of a {@code WITH} clause that another clause
 * reads. Every connection of the pool turns the re-use off, whatever H2 URL it is given.
 *
 * <p>If the first two tests start failing after an H2 upgrade, H2 has fixed the defect and the setting may go.
 */
class H2ResultReuseTest {

    /** The shape of the cells board: a filtered clause, read by an aggregating clause. */
    private static final String CHAINED_WITH = "WITH matching AS (SELECT user_id, photos FROM cells WHERE kind = ?),"
            + " totals AS (SELECT user_id, SUM(photos) AS photos FROM matching GROUP BY user_id)"
            + " SELECT user_id, photos FROM totals ORDER BY photos DESC, user_id";

    private static final String KAYAK = "[1=5]";
    private static final String WALK = "[2=7, 3=1]";

    @Test
    void withH2sDefaults_aNewStatementOfTheSameText_answersThePreviousValuesRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(memoryUrl(), "sa", "")) {
            createCells(connection);

            assertThat(freshStatements(connection)).containsExactly(KAYAK, KAYAK, KAYAK);
        }
    }

    @Test
    void withH2sDefaults_theSamePreparedStatementRunAgain_answersThePreviousValuesRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(memoryUrl(), "sa", "")) {
            createCells(connection);

            assertThat(oneStatement(connection)).containsExactly(KAYAK, KAYAK, KAYAK);
        }
    }

    @Test
    void withResultReuseOff_bothWaysAnswerEachValuesOwnRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(memoryUrl(), "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(DataSources.H2_NO_RESULT_REUSE);
            }
            createCells(connection);

            assertThat(freshStatements(connection)).containsExactly(KAYAK, WALK, KAYAK);
            assertThat(oneStatement(connection)).containsExactly(KAYAK, WALK, KAYAK);
        }
    }

    @Test
    void everyConnectionOfThePool_answersEachValuesOwnRows_onAnUrlTheOperatorChose() throws SQLException {
        PersistenceConfig config = PersistenceConfig.of(memoryUrl() + ";DB_CLOSE_DELAY=-1", "sa", "")
                .withMaxPoolSize(2);
        try (HikariDataSource pool = DataSources.pooled(config)) {
            try (Connection connection = pool.getConnection()) {
                createCells(connection);
                connection.commit();
            }
            for (int borrow = 0; borrow < 3; borrow++) {
                try (Connection connection = pool.getConnection()) {
                    assertThat(freshStatements(connection)).containsExactly(KAYAK, WALK, KAYAK);
                    assertThat(oneStatement(connection)).containsExactly(KAYAK, WALK, KAYAK);
                }
            }
        }
    }

    private static String memoryUrl() {
        return "jdbc:h2:mem:reuse-" + UUID.randomUUID();
    }

    private static void createCells(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE cells (user_id INT, kind VARCHAR(20), photos INT)");
            statement.execute("INSERT INTO cells VALUES (1, 'Kayak', 5), (2, 'Walk', 7), (3, 'Walk', 1)");
        }
    }

    /** Kayak, Walk, Kayak, each through a statement prepared anew, as the adapter's {@code Jdbc} does. */
    private static List<String> freshStatements(Connection connection) throws SQLException {
        List<String> answers = new ArrayList<>();
        for (String kind : List.of("Kayak", "Walk", "Kayak")) {
            try (PreparedStatement statement = connection.prepareStatement(CHAINED_WITH)) {
                answers.add(run(statement, kind));
            }
        }
        return answers;
    }

    /** Kayak, Walk, Kayak through one statement. */
    private static List<String> oneStatement(Connection connection) throws SQLException {
        List<String> answers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CHAINED_WITH)) {
            for (String kind : List.of("Kayak", "Walk", "Kayak")) {
                answers.add(run(statement, kind));
            }
        }
        return answers;
    }

    private static String run(PreparedStatement statement, String kind) throws SQLException {
        statement.setString(1, kind);
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getInt(1) + "=" + result.getInt(2));
            }
        }
        return rows.toString();
    }
}
