package org.mtp.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.adapter.persistence.testing.TestRows.T0;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;

/** The schema itself refuses bad rows, on both databases, whatever code writes them. */
class SchemaConstraintsTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    /** A write the schema must refuse, and the constraint that must be the one to refuse it. */
    @FunctionalInterface
    interface BadWrite {
        void attempt(DataSource dataSource, String unique) throws SQLException;
    }

    static Stream<Arguments> violations() {
        List<Arguments> cases = new ArrayList<>();
        for (Database database : Database.values()) {
            cases.add(Arguments.of(database, "uq_sequences_mapillary_key", (BadWrite) (ds, u) -> {
                UUID owner = TestRows.user(ds, "dup" + u);
                TestRows.publishedSequence(ds, owner, "mly-" + u);
                TestRows.publishedSequence(ds, owner, "mly-" + u);
            }));
            cases.add(Arguments.of(database, "uq_users_username_key", (BadWrite) (ds, u) -> {
                TestRows.user(ds, "Case" + u);
                TestRows.user(ds, "CASE" + u);
            }));
            cases.add(Arguments.of(database, "uq_users_email_key", (BadWrite) (ds, u) -> {
                UUID first = TestRows.user(ds, "mail" + u);
                Sql.update(ds, "UPDATE users SET email = UPPER(email), email_key = LOWER(email) WHERE id = ?", first);
                Sql.update(
                        ds,
                        "INSERT INTO users (id, username, username_key, email, email_key, password_hash, created_at)"
                                + " SELECT ?, 'other" + u + "', 'other" + u
                                + "', LOWER(email), email_key, 'h', created_at FROM users"
                                + " WHERE id = ?",
                        UUID.randomUUID(),
                        first);
            }));
            cases.add(Arguments.of(database, "ck_users_username_key", (BadWrite) (ds, u) -> Sql.update(
                    ds,
                    "INSERT INTO users (id, username, username_key, email, email_key, password_hash, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, 'h', ?)",
                    UUID.randomUUID(),
                    "Bob" + u,
                    "Bob" + u,
                    u + "@x.org",
                    u + "@x.org",
                    T0)));
            cases.add(Arguments.of(database, "ck_photos_lat", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.publishedSequence(ds, TestRows.user(ds, "lat" + u), "lat-" + u);
                Sql.update(
                        ds,
                        "INSERT INTO photos (sequence_id, position, image_key, lon, lat, viewpoint_count)"
                                + " VALUES (?, 0, 'img', 2.0, 90.5, 0)",
                        sequence);
            }));
            cases.add(Arguments.of(database, "ck_photos_compass_angle", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.publishedSequence(ds, TestRows.user(ds, "deg" + u), "deg-" + u);
                Sql.update(
                        ds,
                        "INSERT INTO photos (sequence_id, position, image_key, lon, lat, compass_angle,"
                                + " viewpoint_count) VALUES (?, 0, 'img', 2.0, 48.0, 360.0, 0)",
                        sequence);
            }));
            cases.add(Arguments.of(database, "uq_photos_image_key", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.publishedSequence(ds, TestRows.user(ds, "img" + u), "img-" + u);
                TestRows.photo(ds, sequence, 0, "same-image");
                TestRows.photo(ds, sequence, 1, "same-image");
            }));
            cases.add(Arguments.of(database, "ck_sequences_like_count", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.publishedSequence(ds, TestRows.user(ds, "neg" + u), "neg-" + u);
                Sql.update(ds, "UPDATE sequences SET like_count = like_count - 1 WHERE id = ?", sequence);
            }));
            cases.add(Arguments.of(database, "ck_sequences_published", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.draftSequence(ds, TestRows.user(ds, "pub" + u));
                Sql.update(ds, "UPDATE sequences SET status = 'PUBLISHED' WHERE id = ?", sequence);
            }));
            cases.add(Arguments.of(database, "ck_sequences_status", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.draftSequence(ds, TestRows.user(ds, "sta" + u));
                Sql.update(ds, "UPDATE sequences SET status = 'ARCHIVED' WHERE id = ?", sequence);
            }));
            cases.add(Arguments.of(database, "ck_sequence_tags_tag", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.draftSequence(ds, TestRows.user(ds, "tag" + u));
                Sql.update(
                        ds, "INSERT INTO sequence_tags (sequence_id, position, tag) VALUES (?, 0, 'Not OK')", sequence);
            }));
            cases.add(Arguments.of(database, "pk_sequence_likes", (BadWrite) (ds, u) -> {
                UUID sequence = TestRows.publishedSequence(ds, TestRows.user(ds, "own" + u), "like-" + u);
                UUID fan = TestRows.user(ds, "fan" + u);
                for (int i = 0; i < 2; i++) {
                    Sql.update(
                            ds,
                            "INSERT INTO sequence_likes (user_id, sequence_id, created_at) VALUES (?, ?, ?)",
                            fan,
                            sequence,
                            T0);
                }
            }));
            cases.add(Arguments.of(database, "fk_viewpoints_photo", (BadWrite) (ds, u) -> {
                UUID owner = TestRows.user(ds, "vpo" + u);
                UUID sequence = TestRows.publishedSequence(ds, owner, "vp-" + u);
                Sql.update(
                        ds,
                        "INSERT INTO viewpoints (user_id, sequence_id, image_key, photo_owner_id, created_at)"
                                + " VALUES (?, ?, 'no-such-photo', ?, ?)",
                        TestRows.user(ds, "vpm" + u),
                        sequence,
                        owner,
                        T0);
            }));
            cases.add(Arguments.of(database, "ck_challenges_window", (BadWrite) (ds, u) -> Sql.update(
                    ds,
                    "INSERT INTO challenges (id, owner_id, name, start_at, end_at, metric, area_kind, min_lon,"
                            + " min_lat, max_lon, max_lat, created_at, version)"
                            + " VALUES (?, ?, 'Backwards', ?, ?, 'PHOTOS', 'POLYGON', 0, 0, 1, 1, ?, 0)",
                    UUID.randomUUID(),
                    TestRows.user(ds, "chl" + u),
                    T0,
                    T0,
                    T0)));
            cases.add(Arguments.of(database, "ck_user_totals_values", (BadWrite) (ds, u) -> Sql.update(
                    ds,
                    "INSERT INTO user_totals (user_id, username_key, photos, distance_m, viewpoints)"
                            + " VALUES (?, 'tot', -1, 0, 0)",
                    TestRows.user(ds, "tot" + u))));
            cases.add(Arguments.of(database, "ck_leaderboard_cells_month", (BadWrite) (ds, u) -> Sql.update(
                    ds,
                    "INSERT INTO leaderboard_cells (user_id, transport_type, camera_make_key, camera_model_key,"
                            + " capture_month, photos, distance_m, viewpoints) VALUES (?, 'WALK', '', '', 202413, 1, 0, 0)",
                    TestRows.user(ds, "cel" + u))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("violations")
    void givenABadRow_whenWritten_thenTheNamedConstraintRefusesIt(
            Database database, String constraint, BadWrite write) {
        DataSource dataSource = DB.context(database).dataSource();
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        assertThatThrownBy(() -> write.attempt(dataSource, unique))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"))
                .satisfies(
                        e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains(constraint));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenASequenceWithEverything_whenDeleted_thenItsRowsGoWithIt(Database database) throws SQLException {
        DataSource ds = DB.context(database).dataSource();
        UUID owner = TestRows.user(ds, "cascade_owner");
        UUID fan = TestRows.user(ds, "cascade_fan");
        UUID sequence = TestRows.publishedSequence(ds, owner, "cascade-key");
        TestRows.photo(ds, sequence, 0, "img-0");
        Sql.update(ds, "INSERT INTO sequence_tags (sequence_id, position, tag) VALUES (?, 0, 'river')", sequence);
        Sql.update(
                ds,
                "INSERT INTO sequence_likes (user_id, sequence_id, created_at) VALUES (?, ?, ?)",
                fan,
                sequence,
                T0);
        Sql.update(
                ds,
                "INSERT INTO viewpoints (user_id, sequence_id, image_key, photo_owner_id, created_at)"
                        + " VALUES (?, ?, 'img-0', ?, ?)",
                fan,
                sequence,
                owner,
                T0);
        UUID tour = UUID.randomUUID();
        Sql.update(
                ds,
                "INSERT INTO tours (id, owner_id, name, created_at, updated_at, like_count, version)"
                        + " VALUES (?, ?, 'Tour', ?, ?, 0, 0)",
                tour,
                owner,
                T0,
                T0);
        Sql.update(ds, "INSERT INTO tour_sequences (tour_id, position, sequence_id) VALUES (?, 0, ?)", tour, sequence);

        Sql.update(ds, "DELETE FROM sequences WHERE id = ?", sequence);

        for (String table : List.of("photos", "sequence_tags", "sequence_likes", "viewpoints", "tour_sequences")) {
            assertThat(Sql.number(ds, "SELECT COUNT(*) FROM " + table + " WHERE sequence_id = ?", sequence))
                    .as(table)
                    .isZero();
        }
        assertThat(Sql.number(ds, "SELECT COUNT(*) FROM tours WHERE id = ?", tour))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenUsernamesWithPunctuation_whenOrderedByKey_thenTheOrderIsJavasCodePointOrder(Database database)
            throws SQLException {
        DataSource ds = DB.context(database).dataSource();
        List<String> names = List.of("ab_z", "abz", "ab-z", "ab1z", "abZZ");
        for (String name : names) {
            TestRows.user(ds, name);
        }
        List<String> javaOrder =
                names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().toList();

        List<String> databaseOrder = new ArrayList<>();
        try (var connection = ds.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT username_key FROM users WHERE username_key LIKE 'ab%'" + " ORDER BY username_key")) {
            while (rows.next()) {
                databaseOrder.add(rows.getString(1));
            }
            connection.rollback();
        }

        assertThat(databaseOrder).containsExactlyElementsOf(javaOrder);
    }

    @Test
    void givenPostgres_whenTheUsernameKeyColumnIsInspected_thenItCollatesByCodePointWhateverTheServerLocale()
            throws SQLException {
        DataSource ds = DB.context(Database.POSTGRESQL).dataSource();

        try (var connection = ds.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT collation_name FROM information_schema.columns"
                        + " WHERE table_name = 'users' AND column_name = 'username_key'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("C");
            connection.rollback();
        }
    }
}
