package org.mtp.bootstrap.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.FetchProgress;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/** Decorates the Mapillary ports to time every call and count it by operation and outcome (ok or the failure code). */
public final class MeteredMapillary implements MapillaryGateway, MapillaryAuthorization {

    private final MapillaryGateway gateway;
    private final MapillaryAuthorization authorization;
    private final MeterRegistry registry;

    public MeteredMapillary(MapillaryGateway gateway, MapillaryAuthorization authorization, MeterRegistry registry) {
        this.gateway = gateway;
        this.authorization = authorization;
        this.registry = registry;
    }

    private <T> T measured(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return call.get();
        } catch (MapillaryException e) {
            outcome = e.code();
            throw e;
        } catch (RuntimeException e) {
            outcome = "error";
            throw e;
        } finally {
            Timer.builder("mtp_mapillary_calls")
                    .description("Calls to Mapillary by operation and outcome")
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public MapillaryUser verifyToken(MapillaryToken token) {
        return measured("verify_token", () -> gateway.verifyToken(token));
    }

    @Override
    public List<MapillarySequenceSummary> listSequences(MapillaryToken token, MapillaryUser user, TimeRange window) {
        return measured("list_sequences", () -> gateway.listSequences(token, user, window));
    }

    @Override
    public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key) {
        return measured("fetch_sequence", () -> gateway.fetchSequence(token, key));
    }

    @Override
    public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key, FetchProgress progress) {
        return measured("fetch_sequence", () -> gateway.fetchSequence(token, key, progress));
    }

    @Override
    public MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image) {
        return measured("fetch_thumbnail", () -> gateway.fetchThumbnail(token, image));
    }

    @Override
    public boolean isConfigured() {
        return authorization.isConfigured();
    }

    @Override
    public URI authorizationUrl(String state) {
        return authorization.authorizationUrl(state);
    }

    @Override
    public MapillaryGrant exchangeCode(String code) {
        return measured("exchange_code", () -> authorization.exchangeCode(code));
    }

    @Override
    public MapillaryGrant refresh(MapillaryGrant grant) {
        return measured("refresh", () -> authorization.refresh(grant));
    }
}
