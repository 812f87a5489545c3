package org.mtp.adapter.persistence.write.mapillary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.crypto.SecretKeys;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.UserId;

/**
 * Stored Mapillary tokens on both databases: re-encrypted under the current key when read after a rotation, and a
 * ciphertext that does not authenticate reads as "not connected" with a warning that holds no secret.
 */
class MapillaryTokenEncryptionTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final Instant CONNECTED = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final String ACCESS = "MLY|4100|access-secret";
    private static final String REFRESH = "MLY|4100|refresh-secret";

    private static final TokenCipher KEY_A = cipher(filled(1), null);
    private static final TokenCipher KEY_B_AFTER_A = cipher(filled(2), filled(1));
    private static final TokenCipher KEY_B = cipher(filled(2), null);
    private static final TokenCipher KEY_C = cipher(filled(3), null);

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static TokenCipher cipher(byte[] current, byte[] previous) {
        return new TokenCipher(SecretKeys.of(current, previous), new SecureRandom());
    }

    private static MapillaryConnection connection(String access, String refresh) {
        return new MapillaryConnection(
                new MapillaryUser(MapillaryUserId.of("104203"), "rider"),
                new MapillaryGrant(
                        MapillaryToken.of(access), CONNECTED.plusSeconds(5_184_000), MapillaryToken.of(refresh)),
                CONNECTED);
    }

    private static JpaMapillaryConnectionStore store(PersistenceContext context, TokenCipher cipher) {
        return new JpaMapillaryConnectionStore(context.entityManagers(), cipher);
    }

    private static <T> T tx(PersistenceContext context, Supplier<T> work) {
        return context.unitOfWork().inTransaction(work);
    }

    private static UserId newUser(PersistenceContext context) throws SQLException {
        return UserId.of(TestRows.user(
                context.dataSource(), "u" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static String column(DataSource dataSource, String column, UserId user) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT " + column + " FROM mapillary_tokens WHERE user_id = ?")) {
            statement.setObject(1, user.value());
            try (ResultSet rows = statement.executeQuery()) {
                String value = rows.next() ? rows.getString(1) : null;
                connection.rollback();
                return value;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTokensUnderThePreviousKey_whenRead_thenTheyAreReEncryptedUnderTheCurrentKeyByThatRead(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UserId user = newUser(context);
        context.unitOfWork().run(() -> store(context, KEY_A).save(user, connection(ACCESS, REFRESH)));
        String underA = column(context.dataSource(), "ciphertext", user);
        assertThat(underA).startsWith("v1:" + KEY_A.currentKeyId() + ":");

        assertThat(tx(context, () -> store(context, KEY_B_AFTER_A).find(user))).contains(connection(ACCESS, REFRESH));

        String prefixB = "v1:" + KEY_B.currentKeyId() + ":";
        assertThat(column(context.dataSource(), "key_id", user)).isEqualTo(KEY_B.currentKeyId());
        assertThat(column(context.dataSource(), "ciphertext", user)).startsWith(prefixB);
        assertThat(column(context.dataSource(), "refresh_ciphertext", user)).startsWith(prefixB);
        // Once the previous key is retired, the re-encrypted row is still readable.
        assertThat(tx(context, () -> store(context, KEY_B).find(user))).contains(connection(ACCESS, REFRESH));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenTokensUnderTheCurrentKey_whenRead_thenTheRowIsNotRewritten(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        UserId user = newUser(context);
        context.unitOfWork().run(() -> store(context, KEY_B).save(user, connection(ACCESS, REFRESH)));
        String stored = column(context.dataSource(), "ciphertext", user);

        assertThat(tx(context, () -> store(context, KEY_B_AFTER_A).find(user))).isPresent();

        assertThat(column(context.dataSource(), "ciphertext", user)).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAnAlteredCiphertext_whenRead_thenTheUserIsNotConnectedAndTheWarningHoldsNoSecret(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UserId user = newUser(context);
        context.unitOfWork().run(() -> store(context, KEY_A).save(user, connection(ACCESS, REFRESH)));
        String stored = column(context.dataSource(), "ciphertext", user);
        int last = stored.length() - 3;
        String altered =
                stored.substring(0, last) + (stored.charAt(last) == 'A' ? 'B' : 'A') + stored.substring(last + 1);
        Sql.update(
                context.dataSource(),
                "UPDATE mapillary_tokens SET ciphertext = ? WHERE user_id = ?",
                altered,
                user.value());

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Optional<MapillaryConnection> found = capturingStandardError(
                log, () -> tx(context, () -> store(context, KEY_A).find(user)));

        assertThat(found).isEmpty();
        String warning = log.toString(StandardCharsets.UTF_8);
        assertThat(warning)
                .contains("WARN", user.toString(), "cannot be decrypted", KEY_A.currentKeyId())
                .doesNotContain(ACCESS, REFRESH, stored, altered, stored.substring(stored.lastIndexOf(':') + 1, last));
        assertThat(Sql.number(
                        context.dataSource(), "SELECT COUNT(*) FROM mapillary_tokens WHERE user_id = ?", user.value()))
                .as("the row is kept")
                .isEqualTo(1);

        context.unitOfWork().run(() -> store(context, KEY_A).save(user, connection("MLY|again", REFRESH)));
        assertThat(tx(context, () -> store(context, KEY_A).find(user))).contains(connection("MLY|again", REFRESH));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAKeyThatIsNoLongerConfigured_whenRead_thenNotConnectedUntilTheKeyIsBack(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UserId user = newUser(context);
        context.unitOfWork().run(() -> store(context, KEY_A).save(user, connection(ACCESS, REFRESH)));

        Optional<MapillaryConnection> withoutTheKey = capturingStandardError(
                new ByteArrayOutputStream(),
                () -> tx(context, () -> store(context, KEY_C).find(user)));

        assertThat(withoutTheKey).isEmpty();
        assertThat(tx(context, () -> store(context, KEY_A).find(user))).contains(connection(ACCESS, REFRESH));
    }

    /**
     * A reader re-encrypting what it read must not overwrite a reconnect that committed in between: the rewrite is
     * conditional on the row still holding the ciphertext that was read.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAReconnectCommittedAfterTheRowWasRead_whenTheReaderReEncrypts_thenTheReconnectStays(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UserId user = newUser(context);
        context.unitOfWork().run(() -> store(context, KEY_A).save(user, connection(ACCESS, REFRESH)));
        MapillaryConnection reconnected = connection("MLY|reconnected", "MLY|reconnected-refresh");

        Optional<MapillaryConnection> read = tx(context, () -> {
            // Loads the row (under key A) into this transaction; without key A it does not decrypt.
            capturingStandardError(
                    new ByteArrayOutputStream(), () -> store(context, KEY_C).find(user));
            CompletableFuture.runAsync(() ->
                            context.unitOfWork().run(() -> store(context, KEY_B).save(user, reconnected)))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
            return store(context, KEY_B_AFTER_A).find(user);
        });

        assertThat(read).as("what this transaction had read").contains(connection(ACCESS, REFRESH));
        assertThat(tx(context, () -> store(context, KEY_B).find(user))).contains(reconnected);
    }

    private static <T> T capturingStandardError(ByteArrayOutputStream sink, Supplier<T> work) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            return work.get();
        } finally {
            System.setErr(original);
        }
    }
}
