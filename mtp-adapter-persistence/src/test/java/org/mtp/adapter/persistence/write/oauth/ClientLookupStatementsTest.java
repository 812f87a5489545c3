package org.mtp.adapter.persistence.write.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;

/** Every authorization and token request looks its client up: one statement, redirect URIs included. */
class ClientLookupStatementsTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void aClientWithSeveralRedirectUrisIsReadInOneStatement(Database database) {
        PersistenceContext context = DB.context(database);
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());
        OAuthClient client = new OAuthClient(
                ClientId.of("uploader"),
                ClientName.of("Uploader"),
                ClientType.PUBLIC,
                RedirectUris.of(
                        RedirectUri.of("app.mtp.desktop://app"),
                        RedirectUri.of("http://127.0.0.1:9000/cb"),
                        RedirectUri.of("https://uploader.example.org/cb")),
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2026-01-02T03:04:05Z"));
        context.unitOfWork().run(() -> stores.clients().save(client));
        Statistics statistics =
                context.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        Optional<OAuthClient> found =
                context.unitOfWork().inTransaction(() -> stores.clients().findById(client.id()));

        assertThat(found).contains(client);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }
}
