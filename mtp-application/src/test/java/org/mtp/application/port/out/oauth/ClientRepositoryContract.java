package org.mtp.application.port.out.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryUnitOfWork;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/** Contract of {@link ClientRepository}: every implementation runs these tests through a subclass. */
public abstract class ClientRepositoryContract {

    private ClientRepository repository;
    private UnitOfWork unitOfWork;

    protected abstract ClientRepository newRepository();

    protected UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
    }

    /** The user who owns the confidential client; override when the store enforces a foreign key. */
    protected UserId existingOwner() {
        return UserId.of(UUID.fromString("6f1c1e0e-0000-4000-8000-000000000001"));
    }

    @BeforeEach
    void setUpContract() {
        repository = newRepository();
        unitOfWork = newUnitOfWork();
    }

    private <T> T tx(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    private void save(OAuthClient client) {
        unitOfWork.run(() -> repository.save(client));
    }

    protected OAuthClient confidential(String id) {
        return new OAuthClient(
                ClientId.of(id),
                ClientName.of("Photo <Tools> & co"),
                ClientType.CONFIDENTIAL,
                RedirectUris.of(
                        RedirectUri.of("https://tools.example.org/cb"), RedirectUri.of("app.mtp.desktop://app")),
                Optional.of(TokenHash.sha256Of("secret")),
                Optional.of(existingOwner()),
                Instant.parse("2026-01-02T03:04:05.678Z"));
    }

    protected static OAuthClient publicClient(String id) {
        return new OAuthClient(
                ClientId.of(id),
                ClientName.of("Uploader"),
                ClientType.PUBLIC,
                RedirectUris.of(RedirectUri.of("app.mtp.desktop://app")),
                Optional.empty(),
                Optional.empty(),
                Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aSavedConfidentialClientIsFoundWithEveryFieldAndItsRedirectUrisInOrder() {
        OAuthClient client = confidential("tools-1");
        save(client);

        assertThat(tx(() -> repository.findById(client.id()))).contains(client);
    }

    @Test
    void aSavedPublicOperatorClientIsFound() {
        OAuthClient client = publicClient("98fgjsjduf89388");
        save(client);

        assertThat(tx(() -> repository.findById(ClientId.of("98fgjsjduf89388"))))
                .contains(client);
    }

    @Test
    void idsAreComparedExactly() {
        save(publicClient("uploader"));

        assertThat(tx(() -> repository.findById(ClientId.of("Uploader")))).isEmpty();
        assertThat(tx(() -> repository.findById(ClientId.of("uploader2")))).isEmpty();
    }

    @Test
    void aTakenIdIsRefusedAndTheFirstClientStays() {
        OAuthClient first = publicClient("uploader");
        save(first);

        assertThatThrownBy(() -> save(confidential("uploader")))
                .isInstanceOfSatisfying(
                        DuplicateClientIdException.class,
                        e -> assertThat(e.clientId()).isEqualTo(ClientId.of("uploader")));
        assertThat(tx(() -> repository.findById(first.id()))).contains(first);
    }
}
