package org.mtp.adapter.persistence.write.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.SqlStates;
import org.mtp.adapter.persistence.write.user.AccountDatabase;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.OAuthClient;

/** The migration creates the web app's own client, the one client without redirect URI, on both databases. */
class FirstPartyClientRowTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void theMigratedFirstPartyClientReadsBackAsTheModelsFirstPartyClient(Database database) {
        PersistenceContext context = DB.context(database);
        AccountStores stores = AccountStores.create(context, AccountDatabase.newCipher());

        OAuthClient client = context.unitOfWork()
                .reading(() -> stores.clients().findById(ClientId.FIRST_PARTY))
                .orElseThrow();

        assertThat(client)
                .usingRecursiveComparison()
                .ignoringFields("createdAt")
                .isEqualTo(OAuthClient.firstParty(Instant.EPOCH));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void noOtherClientCanBeMarkedFirstParty(Database database) {
        PersistenceContext context = DB.context(database);

        assertThatThrownBy(() -> Sql.update(
                        context.dataSource(),
                        "INSERT INTO oauth_clients (client_id, name, confidential, created_at, first_party)"
                                + " VALUES ('impostor', 'Impostor', FALSE, ?, TRUE)",
                        Instant.EPOCH))
                .isInstanceOf(SQLException.class)
                // A check violation: H2 reports 23513, PostgreSQL the standard 23514.
                .satisfies(e -> assertThat(SqlStates.of(e)).isIn("23513", "23514"));
    }
}
