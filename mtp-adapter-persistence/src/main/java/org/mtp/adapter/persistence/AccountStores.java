package org.mtp.adapter.persistence;

import java.util.Objects;
import org.mtp.adapter.persistence.crypto.TokenCipher;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.write.importing.SqlImportJobStore;
import org.mtp.adapter.persistence.write.mapillary.JpaConnectionStateStore;
import org.mtp.adapter.persistence.write.mapillary.JpaMapillaryConnectionStore;
import org.mtp.adapter.persistence.write.oauth.JpaAccessTokenStore;
import org.mtp.adapter.persistence.write.oauth.JpaAuthorizationCodeStore;
import org.mtp.adapter.persistence.write.oauth.JpaClientRepository;
import org.mtp.adapter.persistence.write.signin.SqlSignInAttemptStore;
import org.mtp.adapter.persistence.write.user.JpaUserDirectory;
import org.mtp.adapter.persistence.write.user.JpaUserRepository;
import org.mtp.application.port.out.account.UserRepository;
import org.mtp.application.port.out.importing.ImportJobStore;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.oauth.AuthorizationCodeStore;
import org.mtp.application.port.out.oauth.ClientRepository;
import org.mtp.application.port.out.signin.SignInAttemptStore;
import org.mtp.application.port.out.user.UserDirectory;

/**
 * Persistence adapter: the stores of accounts and what hangs on them (OAuth clients, codes and tokens, Mapillary
 * connections, sign-in attempt counts, background imports), as the application's ports, for bootstrap to wire. Call
 * them inside the context's unit of work.
 */
public record AccountStores(
        UserRepository users,
        UserDirectory userDirectory,
        ClientRepository clients,
        AuthorizationCodeStore authorizationCodes,
        AccessTokenStore accessTokens,
        MapillaryConnectionStore mapillaryConnections,
        ConnectionStateStore connectionStates,
        SignInAttemptStore signInAttempts,
        ImportJobStore importJobs) {

    public AccountStores {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(userDirectory, "userDirectory");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(authorizationCodes, "authorizationCodes");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(mapillaryConnections, "mapillaryConnections");
        Objects.requireNonNull(connectionStates, "connectionStates");
        Objects.requireNonNull(signInAttempts, "signInAttempts");
        Objects.requireNonNull(importJobs, "importJobs");
    }

    /** The stores on {@code persistence}; {@code cipher} encrypts Mapillary tokens (see {@code SecretKeys}). */
    public static AccountStores create(PersistenceContext persistence, TokenCipher cipher) {
        var entityManagers = persistence.entityManagers();
        Jdbc jdbc = new Jdbc(entityManagers, persistence.database());
        return new AccountStores(
                new JpaUserRepository(entityManagers),
                new JpaUserDirectory(entityManagers),
                new JpaClientRepository(entityManagers),
                new JpaAuthorizationCodeStore(entityManagers),
                new JpaAccessTokenStore(entityManagers),
                new JpaMapillaryConnectionStore(entityManagers, cipher),
                new JpaConnectionStateStore(entityManagers),
                new SqlSignInAttemptStore(jdbc),
                new SqlImportJobStore(jdbc));
    }
}
