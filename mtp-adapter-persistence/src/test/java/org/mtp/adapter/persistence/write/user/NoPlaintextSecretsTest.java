package org.mtp.adapter.persistence.write.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.application.fake.FakeMapillaryAuthorization;
import org.mtp.application.fake.FakeMapillaryGateway;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.ClientCredentials;
import org.mtp.application.port.in.oauth.ExchangeCodeCommand;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.security.Pbkdf2PasswordHasher;
import org.mtp.application.security.SecureRandomTokenSource;
import org.mtp.application.service.account.SignUpService;
import org.mtp.application.service.mapillary.MapillaryConnectionService;
import org.mtp.application.service.oauth.AuthorizeClientService;
import org.mtp.application.service.oauth.ExchangeCodeService;
import org.mtp.application.service.oauth.OAuthSettings;
import org.mtp.application.service.oauth.RegisterOperatorClientService;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/**
 * No secret is stored in clear: the real use cases run on the real stores (sign-up, a confidential client, the code and
 * implicit grants, a Mapillary connection through its one-time state, and one with a refresh token), then every column
 * of every account table, and on H2 the database file itself, is searched for each secret, in clear and in base64,
 * base64url and hex. Non-secret values written alongside are found by the same search, so it can fail.
 */
class NoPlaintextSecretsTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    private static final List<String> TABLES = List.of(
            "users",
            "oauth_clients",
            "oauth_client_redirect_uris",
            "authorization_codes",
            "access_tokens",
            "mapillary_connection_states",
            "mapillary_tokens");
    private static final RedirectUri REDIRECT = RedirectUri.of("https://tools.example.org/callback");

    /** What one run wrote: the secrets that must not be found, and plain values that must be. */
    private record Written(Map<String, String> secrets, List<String> plainValues) {}

    @ParameterizedTest
    @EnumSource(Database.class)
    void noColumnOfAnyAccountTableHoldsASecretInAnyEncoding(Database database) throws SQLException {
        PersistenceContext context = DB.context(database);
        Written written = writeThroughTheUseCases(context);
        List<String> cells = allCells(context);

        assertThat(written.plainValues()).allSatisfy(value -> assertThat(cells).anyMatch(cell -> cell.contains(value)));
        written.secrets().forEach((what, secret) -> {
            for (String form : encodings(secret)) {
                assertThat(cells).as("%s in some encoding", what).noneMatch(cell -> cell.contains(form));
            }
        });
    }

    @Test
    void theH2DatabaseFileHoldsNoSecretInAnyEncoding() throws Exception {
        PersistenceContext context = DB.context(Database.H2);
        Written written = writeThroughTheUseCases(context);
        Sql.update(context.dataSource(), "CHECKPOINT");
        byte[] file = Files.readAllBytes(h2File(context));
        String bytes = new String(file, StandardCharsets.ISO_8859_1);

        assertThat(written.plainValues()).allSatisfy(value -> assertThat(bytes).contains(value));
        written.secrets().forEach((what, secret) -> {
            for (String form : encodings(secret)) {
                assertThat(bytes.contains(form))
                        .as("%s in some encoding in %s", what, h2File(context))
                        .isFalse();
            }
        });
    }

    private static Written writeThroughTheUseCases(PersistenceContext context) {
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());
        UnitOfWork unitOfWork = context.unitOfWork();
        AdjustableClock clock = AdjustableClock.at("2026-03-01T10:00:00Z");
        SecureRandomTokenSource tokenSource = new SecureRandomTokenSource();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> secrets = new LinkedHashMap<>();

        String password = "correct horse battery staple " + suffix;
        User user = new SignUpService(
                        stores.users(),
                        new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS),
                        unitOfWork,
                        clock)
                .signUp(new SignUpCommand(
                        Username.of("keeper-" + suffix),
                        Email.of("keeper-" + suffix + "@example.org"),
                        RawPassword.of(password)));
        secrets.put("password", password);

        ClientId clientId = ClientId.of("tools-" + suffix);
        ClientSecret clientSecret = new RegisterOperatorClientService(stores.clients(), tokenSource, unitOfWork, clock)
                .register(new RegisterOperatorClientCommand(
                        Optional.of(clientId),
                        ClientName.of("Tools " + suffix),
                        RedirectUris.of(REDIRECT),
                        ClientType.CONFIDENTIAL))
                .secret()
                .orElseThrow();
        secrets.put("client secret", clientSecret.reveal());

        AuthorizeClientService authorize = new AuthorizeClientService(
                stores.clients(),
                stores.authorizationCodes(),
                stores.accessTokens(),
                tokenSource,
                unitOfWork,
                clock,
                OAuthSettings.defaults());
        AuthorizationGrant.Code code = (AuthorizationGrant.Code) authorize.authorize(request(clientId, "code", user));
        secrets.put("authorization code", code.code().reveal());
        String exchanged = new ExchangeCodeService(
                        stores.clients(),
                        stores.authorizationCodes(),
                        stores.accessTokens(),
                        tokenSource,
                        unitOfWork,
                        clock)
                .exchange(new ExchangeCodeCommand(
                        ClientCredentials.confidential(clientId, clientSecret),
                        code.code(),
                        Optional.of(REDIRECT.value()),
                        Optional.empty()))
                .token()
                .reveal();
        secrets.put("access token of the code grant", exchanged);
        AuthorizationGrant.Implicit implicit =
                (AuthorizationGrant.Implicit) authorize.authorize(request(clientId, "token", user));
        secrets.put(
                "access token of the implicit grant", implicit.token().token().reveal());

        MapillaryToken viaState = MapillaryToken.of("MLY|4100|" + tokenSource.newToken());
        MapillaryUser rider = new MapillaryUser(MapillaryUserId.of("104203"), "rider-" + suffix);
        FakeMapillaryAuthorization authorization = new FakeMapillaryAuthorization(clock, Duration.ofDays(60));
        authorization.acceptCode("mapillary-code", viaState);
        MapillaryConnectionService connecting = new MapillaryConnectionService(
                new FakeMapillaryGateway().withUser(rider, viaState),
                authorization,
                stores.mapillaryConnections(),
                stores.connectionStates(),
                unitOfWork,
                clock,
                new SecureRandom());
        String state = stateOf(connecting.start(user.id()));
        String unusedState = stateOf(connecting.start(user.id()));
        connecting.complete("mapillary-code", state);
        secrets.put("Mapillary connection state", state);
        secrets.put("unused Mapillary connection state", unusedState);
        secrets.put("Mapillary token obtained through the state", viaState.reveal());

        User second = new SignUpService(
                        stores.users(),
                        new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS),
                        unitOfWork,
                        clock)
                .signUp(new SignUpCommand(
                        Username.of("second-" + suffix),
                        Email.of("second-" + suffix + "@example.org"),
                        RawPassword.of(password)));
        MapillaryToken access = MapillaryToken.of("MLY|4100|" + tokenSource.newToken());
        MapillaryToken refresh = MapillaryToken.of("MLY|4100|" + tokenSource.newToken());
        unitOfWork.run(() -> stores.mapillaryConnections()
                .save(
                        second.id(),
                        new MapillaryConnection(
                                rider,
                                new MapillaryGrant(access, clock.instant().plus(Duration.ofDays(60)), refresh),
                                clock.instant())));
        secrets.put("Mapillary access token", access.reveal());
        secrets.put("Mapillary refresh token", refresh.reveal());

        return new Written(
                secrets, List.of("keeper-" + suffix, "Tools " + suffix, REDIRECT.value(), "rider-" + suffix));
    }

    private static AuthorizeClientCommand request(ClientId clientId, String responseType, User user) {
        return new AuthorizeClientCommand(
                new AuthorizationRequestCommand(
                        clientId,
                        responseType,
                        Optional.of(REDIRECT.value()),
                        Optional.of("read write"),
                        Optional.empty(),
                        Optional.empty()),
                user.id());
    }

    private static String stateOf(URI authorizationUrl) {
        String query = authorizationUrl.getRawQuery();
        String encoded =
                query.substring(query.indexOf("state=") + "state=".length()).split("&")[0];
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /** The secret as it is, and as base64, base64url (padded or not) and lower- and upper-case hex of its bytes. */
    private static List<String> encodings(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        forms.add(Base64.getEncoder().encodeToString(bytes));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        forms.add(HexFormat.of().formatHex(bytes));
        forms.add(HexFormat.of().withUpperCase().formatHex(bytes));
        return forms;
    }

    /** Every non-null value of every column of every account table, as text. */
    private static List<String> allCells(PersistenceContext context) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = context.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null) {
                                cells.add(value);
                            }
                        }
                    }
                }
            }
            connection.rollback();
        }
        return cells;
    }

    private static Path h2File(PersistenceContext context) {
        String url = DB.config(Database.H2).jdbcUrl();
        String base = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
        return Path.of(base + ".mv.db");
    }
}
