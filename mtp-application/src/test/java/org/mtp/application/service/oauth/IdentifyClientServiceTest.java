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
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.RegisterOperatorClientCommand;

class IdentifyClientServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final IdentifyClientService identify = new IdentifyClientService(accounts.clients, accounts.unitOfWork);

    private OAuthClient register(String id) {
        return accounts.registerOperatorClient
                .register(new RegisterOperatorClientCommand(
                        Optional.of(ClientId.of(id)),
                        ClientName.of("Uploader " + id),
                        RedirectUris.parse(List.of("app.mtp.desktop://app")),
                        ClientType.PUBLIC))
                .client();
    }

    @Test
    void aClientFoundOnceIsAnsweredAgainWithoutATransaction() {
        OAuthClient uploader = register("uploader");
        assertThat(identify.identify(uploader.id())).isEqualTo(uploader);
        int transactions = accounts.unitOfWork.transactions();

        assertThat(identify.identify(ClientId.of("uploader"))).isEqualTo(uploader);

        assertThat(accounts.unitOfWork.transactions()).isEqualTo(transactions);
    }

    @Test
    void anUnknownClientIsNotRememberedSoOneRegisteredLaterIsFoundOnItsFirstRequest() {
        assertThatThrownBy(() -> identify.identify(ClientId.of("later"))).isInstanceOf(InvalidClientException.class);

        OAuthClient later = register("later");

        assertThat(identify.identify(ClientId.of("later"))).isEqualTo(later);
    }

    @Test
    void pastTheBoundItStartsOverAndReadsTheStoreAgain() {
        OAuthClient first = register("client-0");
        identify.identify(first.id());
        for (int i = 1; i <= IdentifyClientService.MAX_REMEMBERED; i++) {
            identify.identify(register("client-" + i).id());
        }
        int transactions = accounts.unitOfWork.transactions();

        assertThat(identify.identify(first.id())).isEqualTo(first);

        assertThat(accounts.unitOfWork.transactions()).isEqualTo(transactions + 1);
    }
}
