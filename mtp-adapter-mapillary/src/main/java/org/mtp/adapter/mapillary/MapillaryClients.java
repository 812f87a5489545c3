package org.mtp.adapter.mapillary;

import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.mtp.adapter.mapillary.http.ErrorClassifier;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.Jitter;
import org.mtp.adapter.mapillary.http.RetryPolicy;
import org.mtp.adapter.mapillary.http.Sleeper;
import org.mtp.adapter.mapillary.upload.GraphUploader;
import org.mtp.adapter.mapillary.v3.V3Authorization;
import org.mtp.adapter.mapillary.v3.V3Gateway;
import org.mtp.adapter.mapillary.v4.GraphAuthorization;
import org.mtp.adapter.mapillary.v4.GraphGateway;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryUploader;

/**
 * Factory the bootstrap calls: builds one HTTP client from {@link MapillaryConfig} and the gateway and authorization of
 * the configured API version (v4 or v3), plus the uploader, which always uses the v4 upload service (v3 uploads closed
 * in 2021). Close it to release the client's threads and connections.
 */
public final class MapillaryClients implements AutoCloseable {

    private final OkHttpClient client;
    private final MapillaryGateway gateway;
    private final MapillaryAuthorization authorization;
    private final MapillaryUploader uploader;

    private MapillaryClients(
            OkHttpClient client,
            MapillaryGateway gateway,
            MapillaryAuthorization authorization,
            MapillaryUploader uploader) {
        this.client = client;
        this.gateway = gateway;
        this.authorization = authorization;
        this.uploader = uploader;
    }

    /** Production wiring: the system clock, real sleeps and random jitter. */
    public static MapillaryClients create(MapillaryConfig config) {
        return create(config, Clock.systemUTC(), Sleeper.system(), Jitter.random());
    }

    /** Wiring with the clock, the backoff sleeper and the jitter source injected (tests run in milliseconds). */
    public static MapillaryClients create(MapillaryConfig config, Clock clock, Sleeper sleeper, Jitter jitter) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // Our own loop decides what may be sent twice; OkHttp must not silently resend a code exchange.
                .retryOnConnectionFailure(false)
                // Each multi-get in flight holds a connection; keep them all for the next import (OkHttp keeps 5 by
                // default).
                .connectionPool(new ConnectionPool(Math.max(5, config.imageBatchesInFlight()), 5, TimeUnit.MINUTES))
                .build();
        Moshi moshi = new Moshi.Builder().build();
        HttpExecutor http =
                new HttpExecutor(client, RetryPolicy.from(config), sleeper, jitter, new ErrorClassifier(moshi, clock));
        MapillaryUploader uploader = new GraphUploader(config, http, moshi);
        if (config.apiVersion() == ApiVersion.V3) {
            V3Gateway gateway = new V3Gateway(config, http, moshi);
            return new MapillaryClients(client, gateway, new V3Authorization(config, gateway), uploader);
        }
        return new MapillaryClients(
                client,
                new GraphGateway(config, http, moshi),
                new GraphAuthorization(config, http, moshi, clock),
                uploader);
    }

    public MapillaryGateway gateway() {
        return gateway;
    }

    public MapillaryAuthorization authorization() {
        return authorization;
    }

    public MapillaryUploader uploader() {
        return uploader;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
