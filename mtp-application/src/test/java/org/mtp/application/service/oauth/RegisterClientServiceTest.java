package org.mtp.application.service.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryAccounts;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientName;
import org.mtp.application.model.oauth.ClientType;
import org.mtp.application.model.oauth.OAuthClient;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.application.port.in.oauth.ClientIdTakenException;
import org.mtp.application.port.in.oauth.RegisterClientCommand;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;
import org.mtp.application.port.in.oauth.RegisteredClient;
import org.mtp.domain.user.User;

class RegisterClientServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final RedirectUris uris = RedirectUris.parse(List.of("https://tools.example.org/cb"));

    @Test
    void aConfidentialClientGetsAGeneratedIdAndASecretShownOnceAndStoredAsAHash() {
        User owner = accounts.user("alice");

        RegisteredClient registered = accounts.registerClient.register(
                new RegisterClientCommand(owner.id(), ClientName.of(" Photo tools "), uris, ClientType.CONFIDENTIAL));

        OAuthClient stored = accounts.clients.findById(registered.client().id()).orElseThrow();
        assertThat(stored).isEqualTo(registered.client());
        assertThat(stored.id().value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(stored.name().value()).isEqualTo("Photo tools");
        assertThat(stored.owner()).contains(owner.id());
        assertThat(stored.createdAt()).isEqualTo(accounts.clock.instant());
        assertThat(registered.secret()).isPresent();
        assertThat(stored.secretHash()).contains(registered.secret().get().hash());
    }

    @Test
    void aPublicClientHasNoSecret() {
        User owner = accounts.user("alice");

        RegisteredClient registered = accounts.registerClient.register(
                new RegisterClientCommand(owner.id(), ClientName.of("Uploader"), uris, ClientType.PUBLIC));

        assertThat(registered.secret()).isEmpty();
        assertThat(registered.client().secretHash()).isEmpty();
    }

    @Test
    void theOperatorMayChooseTheIdOrLetOneBeGenerated() {
        RegisteredClient chosen = accounts.registerOperatorClient.register(new RegisterOperatorClientCommand(
                Optional.of(ClientId.of("98fgjsjduf89388")), ClientName.of("Uploader"), uris, ClientType.PUBLIC));
        RegisteredClient generated = accounts.registerOperatorClient.register(new RegisterOperatorClientCommand(
                Optional.empty(), ClientName.of("Web"), uris, ClientType.CONFIDENTIAL));

        assertThat(chosen.client().id()).isEqualTo(ClientId.of("98fgjsjduf89388"));
        assertThat(chosen.client().owner()).isEmpty();
        assertThat(generated.client().id().value()).hasSize(36);
        assertThat(generated.secret()).isPresent();
        assertThat(accounts.clients.count()).isEqualTo(2);
    }

    @Test
    void aTakenIdIsAConflictAndTheExistingClientIsUntouched() {
        RegisteredClient first = accounts.client("uploader", ClientType.PUBLIC, "app.mtp.desktop://app");

        assertThatThrownBy(() -> accounts.registerOperatorClient.register(new RegisterOperatorClientCommand(
                        Optional.of(ClientId.of("uploader")), ClientName.of("Other"), uris, ClientType.CONFIDENTIAL)))
                .isInstanceOfSatisfying(
                        ClientIdTakenException.class, e -> assertThat(e.code()).isEqualTo("conflict"));
        assertThat(accounts.clients.findById(ClientId.of("uploader"))).contains(first.client());
        assertThat(accounts.clients.count()).isEqualTo(1);
    }
}
