package org.mtp.application.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.application.port.out.mapillary.MapillaryProjection;
import org.mtp.application.port.out.mapillary.MapillaryUploadReceipt;
import org.mtp.application.port.out.mapillary.MapillaryUploadRequest;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.transport.TransportType;

/** The programmable parts of the Mapillary fakes that the contract does not cover. */
class FakeMapillaryTest {

    private static final MapillaryUser USER = new MapillaryUser(MapillaryUserId.of("100000000000001"), "synth_walker");
    private static final MapillaryToken TOKEN = MapillaryToken.of("MLYsynthUserToken0001");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void gateway_failsTheNextCallOnly_andCountsEveryCall() {
        FakeMapillaryGateway gateway = new FakeMapillaryGateway().withUser(USER, TOKEN);
        gateway.failNextWith(new MapillaryException.RateLimited("slow down", Duration.ofSeconds(30)));

        assertThatThrownBy(() -> gateway.verifyToken(TOKEN)).isInstanceOf(MapillaryException.RateLimited.class);
        assertThat(gateway.verifyToken(TOKEN)).isEqualTo(USER);
        assertThat(gateway.calls("verifyToken")).isEqualTo(2);
        assertThat(gateway.totalCalls()).isEqualTo(2);
    }

    @Test
    void authorization_acceptsACodeOnce_andRefreshesUnlessRefused() {
        FakeMapillaryAuthorization auth = new FakeMapillaryAuthorization(CLOCK, Duration.ofDays(60));
        auth.acceptCode("code-1", TOKEN);

        MapillaryGrant grant = auth.exchangeCode("code-1");

        assertThat(grant.accessToken()).isEqualTo(TOKEN);
        assertThat(grant.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(60)));
        assertThatThrownBy(() -> auth.exchangeCode("code-1")).isInstanceOf(MapillaryException.InvalidToken.class);
        assertThat(auth.refresh(grant).accessToken()).isNotEqualTo(TOKEN);
        auth.refuseRefreshOf(TOKEN);
        assertThatThrownBy(() -> auth.refresh(grant)).isInstanceOf(MapillaryException.InvalidToken.class);
    }

    @Test
    void uploader_splitsLikeTheAdapter_andGivesNoClusterOnADryRun() {
        FakeMapillaryUploader uploader = new FakeMapillaryUploader();
        List<Path> images = Collections.nCopies(1001, Path.of("a.jpg"));

        MapillaryUploadReceipt published = uploader.upload(
                TOKEN, MapillaryUploadRequest.publish(images, TransportType.WALK, MapillaryProjection.FLAT));
        MapillaryUploadReceipt dry = uploader.upload(
                TOKEN, MapillaryUploadRequest.dryRun(images, TransportType.WALK, MapillaryProjection.FLAT));

        assertThat(published.parts()).extracting(p -> p.imageCount()).containsExactly(1000, 1);
        assertThat(published.parts()).allSatisfy(p -> assertThat(p.cluster()).isPresent());
        assertThat(dry.parts()).allSatisfy(p -> assertThat(p.cluster()).isEmpty());
        assertThat(uploader.requests()).hasSize(2);
    }
}
