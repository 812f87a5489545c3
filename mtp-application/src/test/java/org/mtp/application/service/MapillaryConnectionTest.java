package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestSequences.mapillaryUserOf;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.in.mapillary.InvalidConnectionStateException;
import org.mtp.application.port.in.mapillary.MapillaryNotConfiguredException;
import org.mtp.application.port.in.mapillary.MapillaryNotConnectedException;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.time.TimeRange;

class MapillaryConnectionTest {

    private static final MapillaryToken TOKEN = MapillaryToken.of("MLYcodeToken");
    private static final MapillaryToken BOB_TOKEN = MapillaryToken.of("MLYbobsToken");

    private final Scenario world = new Scenario();

    private static String stateOf(URI url) {
        Map<String, String> query = Arrays.stream(url.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
        return URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8);
    }

    @Test
    void aTokenTheUserBringsIsVerifiedAndStored() {
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);

        assertThat(world.app.mapillaryConnections.verifyAndStore(alice(), TOKEN))
                .isEqualTo(mapillaryUserOf(alice()));
        assertThat(world.stores.mapillaryConnections.find(alice()))
                .map(c -> c.grant().accessToken())
                .contains(TOKEN);
    }

    @Test
    void theConnectedAccountIsReadWithoutItsToken() {
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);
        assertThat(world.app.mapillaryConnection.connectionOf(alice())).isEmpty();

        world.app.mapillaryConnections.verifyAndStore(alice(), TOKEN);

        assertThat(world.app.mapillaryConnection.connectionOf(alice()))
                .map(c -> c.mapillaryUsername())
                .contains(mapillaryUserOf(alice()).username());
    }

    @Test
    void disconnectingDeletesTheStoredTokenOfThatPersonOnlyAndMayBeRepeated() {
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);
        world.stores.mapillary.addUser(mapillaryUserOf(bob()), BOB_TOKEN);
        world.app.mapillaryConnections.verifyAndStore(alice(), TOKEN);
        world.app.mapillaryConnections.verifyAndStore(bob(), BOB_TOKEN);

        world.app.mapillaryDisconnection.disconnect(alice());
        world.app.mapillaryDisconnection.disconnect(alice());

        assertThat(world.stores.mapillaryConnections.find(alice())).isEmpty();
        assertThat(world.app.mapillaryConnection.connectionOf(alice())).isEmpty();
        assertThat(world.stores.mapillaryConnections.find(bob()))
                .map(c -> c.grant().accessToken())
                .contains(BOB_TOKEN);
    }

    @Test
    void anInvalidTokenIsNotStored() {
        assertThatThrownBy(() -> world.app.mapillaryConnections.verifyAndStore(alice(), TOKEN))
                .isInstanceOf(MapillaryException.InvalidToken.class);
        assertThat(world.stores.mapillaryConnections.find(alice())).isEmpty();
    }

    @Test
    void aWebStartedConnectionKnowsItsReturnPathUntilDeclinedAndADenialStoresNothing() {
        String state = stateOf(world.app.mapillaryConnections.start(alice(), ReturnPath.of("/sequences/import")));
        String apiState = stateOf(world.app.mapillaryConnections.start(alice()));

        assertThat(world.app.mapillaryConnections.returnPathOf(state)).contains(ReturnPath.of("/sequences/import"));
        assertThat(world.app.mapillaryConnections.returnPathOf(apiState)).isEmpty();
        assertThat(world.app.mapillaryConnections.returnPathOf(" " + state)).isEmpty();

        world.app.mapillaryConnections.decline(state);

        assertThat(world.app.mapillaryConnections.returnPathOf(state)).isEmpty();
        assertThat(world.stores.mapillaryConnections.find(alice())).isEmpty();
    }

    @Test
    void withoutAMapillaryAppNoConnectionStarts() {
        world.stores.mapillaryAuthorization.notConfigured();

        assertThat(world.app.mapillaryConnections.isConfigured()).isFalse();
        assertThatThrownBy(() -> world.app.mapillaryConnections.start(alice()))
                .isInstanceOf(MapillaryNotConfiguredException.class);
        assertThatThrownBy(() -> world.app.mapillaryConnections.start(alice(), ReturnPath.of("/")))
                .isInstanceOf(MapillaryNotConfiguredException.class);
        assertThat(world.stores.mapillaryConnections.stateCount()).isZero();
    }

    @Test
    void aReturnPathIsAPathOnThisSiteOnly() {
        for (String offSite : new String[] {"https://evil.example/", "//evil.example", "/\\evil", "", "/a b"}) {
            assertThatThrownBy(() -> ReturnPath.of(offSite)).isInstanceOf(ValidationException.class);
        }
        assertThat(ReturnPath.of("/sequences/import?from=2026-01-01").with("mapillary", "denied"))
                .isEqualTo("/sequences/import?from=2026-01-01&mapillary=denied");
    }

    @Test
    void theOAuthFlowStoresTheTokenOnceAndRefusesAReusedOrForgedState() {
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);
        world.stores.mapillaryAuthorization.acceptCode("code-1", TOKEN);
        String state = stateOf(world.app.mapillaryConnections.start(alice()));

        assertThat(world.app.mapillaryConnections.complete("code-1", state)).isEqualTo(mapillaryUserOf(alice()));
        assertThat(world.stores.mapillaryConnections.find(alice())).isPresent();
        assertThatThrownBy(() -> world.app.mapillaryConnections.complete("code-1", state))
                .isInstanceOf(InvalidConnectionStateException.class);
        assertThatThrownBy(() -> world.app.mapillaryConnections.complete("code-1", "forged"))
                .isInstanceOf(InvalidConnectionStateException.class);
    }

    @Test
    void anExpiredStateIsRefused() {
        String state = stateOf(world.app.mapillaryConnections.start(alice()));
        world.stores.clock.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> world.app.mapillaryConnections.complete("code-1", state))
                .isInstanceOf(InvalidConnectionStateException.class);
    }

    @Test
    void aGrantCloseToExpiryIsRenewedAndAnExpiredOneThatCannotBeMeansConnectAgain() {
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), TOKEN);
        world.stores.mapillary.addUser(mapillaryUserOf(alice()), MapillaryToken.of(TOKEN.reveal() + "r1"));
        world.stores.mapillaryAuthorization.acceptCode("code-1", TOKEN);
        world.app.mapillaryConnections.complete("code-1", stateOf(world.app.mapillaryConnections.start(alice())));
        TimeRange window = TimeRange.of(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
        MapillaryConnection original =
                world.stores.mapillaryConnections.find(alice()).orElseThrow();

        world.stores.clock.advance(Duration.ofDays(55));
        world.app.listImportable.listImportable(new ListImportableUseCase.Query(alice(), window));
        assertThat(world.stores.mapillaryAuthorization.refreshes()).isEqualTo(1);
        MapillaryConnection renewed =
                world.stores.mapillaryConnections.find(alice()).orElseThrow();
        assertThat(renewed.grant().expiresAt()).isAfter(original.grant().expiresAt());

        world.stores.mapillaryAuthorization.refuseRefreshOf(renewed.grant().accessToken());
        world.stores.clock.advance(Duration.ofDays(61));
        assertThatThrownBy(
                        () -> world.app.listImportable.listImportable(new ListImportableUseCase.Query(alice(), window)))
                .isInstanceOf(MapillaryNotConnectedException.class);
    }
}
