package org.mtp.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.mtp.adapter.http.HttpSettings;
import org.mtp.adapter.http.system.HttpOperations;
import org.mtp.adapter.mapillary.MapillaryClients;
import org.mtp.adapter.persistence.AccountStores;
import org.mtp.adapter.persistence.DatabaseProbe;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.web.WebSettings;
import org.mtp.bootstrap.config.MtpConfig;
import org.mtp.bootstrap.config.SecretKeyStore;
import org.mtp.bootstrap.ops.MeteredMapillary;
import org.mtp.bootstrap.ops.Metrics;
import org.mtp.bootstrap.ops.RequestMetrics;
import org.mtp.bootstrap.wiring.ApiWiring;
import org.mtp.bootstrap.wiring.ImportWorkers;
import org.mtp.bootstrap.wiring.OneServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand in order: configuration, database (migrated first), stores, Mapillary, use cases,
 * HTTP. {@link #close()} stops accepting, lets in-flight requests finish within the grace period, then closes the pool.
 * Tests start it in-process on port 0.
 */
public final class MtpService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MtpService.class);

    private final MtpConfig config;
    private final Metrics metrics;
    private final PersistenceContext persistence;
    private final DatabaseProbe probe;
    private final MapillaryClients mapillary;
    private final OneServer server;
    private final ImportWorkers importWorkers;
    private boolean closed;

    private MtpService(
            MtpConfig config,
            Metrics metrics,
            PersistenceContext persistence,
            DatabaseProbe probe,
            MapillaryClients mapillary,
            ImportWorkers importWorkers,
            OneServer server) {
        this.config = config;
        this.importWorkers = importWorkers;
        this.metrics = metrics;
        this.persistence = persistence;
        this.probe = probe;
        this.mapillary = mapillary;
        this.server = server;
    }

    public static MtpService start(MtpConfig config, Clock clock) {
        long started = System.nanoTime();
        // Migration and Hibernate's boot run in the background while the rest is wired: a third of a cold start.
        PersistenceContext persistence = Commands.beginOpeningDatabase(config);
        Metrics metrics = new Metrics();
        DatabaseProbe probe = new DatabaseProbe(persistence.dataSource(), Duration.ofSeconds(2));
        MapillaryClients mapillary = MapillaryClients.create(config.mapillary());
        ImportWorkers importWorkers = new ImportWorkers();
        try {
            metrics.bindPool(persistence.dataSource());
            AccountStores accounts = Commands.accountStores(config, persistence);
            SequenceStores sequences = SequenceStores.create(persistence);
            MeteredMapillary metered =
                    new MeteredMapillary(mapillary.gateway(), mapillary.authorization(), metrics.registry());
            HttpOperations operations = new HttpOperations(
                    probe::reachable, metrics::scrape, new RequestMetrics(metrics.registry()), config.shutdownGrace());
            byte[] root = SecretKeyStore.current(config.secretKey(), config.dataDir(), new SecureRandom());
            OneServer unstarted = ApiWiring.server(
                    httpSettings(config, root, clock),
                    webSettings(config, root),
                    operations,
                    persistence.unitOfWork(),
                    accounts,
                    sequences,
                    metered,
                    metered,
                    Commands.passwordHasher(config),
                    config.signInLimits(),
                    config.dailyImportLimit(),
                    config.renderedSequenceBytes(),
                    config.mapillaryClientTokenIfSet(),
                    importWorkers,
                    clock);
            Commands.awaitDatabase(config, persistence);
            importWorkers.open();
            OneServer server = unstarted.start(config.httpHost(), config.httpPort());
            MtpService service = new MtpService(config, metrics, persistence, probe, mapillary, importWorkers, server);
            LOG.info(
                    "mtp listening on http://{}:{}/ and /api/v1 (database {}) after {} ms",
                    config.httpHost(),
                    server.port(),
                    config.databaseForLog(),
                    (System.nanoTime() - started) / 1_000_000);
            return service;
        } catch (RuntimeException e) {
            importWorkers.close();
            probe.close();
            mapillary.close();
            metrics.close();
            persistence.close();
            throw e instanceof StartupException startup
                    ? startup
                    : new StartupException("cannot start: " + Commands.rootMessage(e), e);
        }
    }

    private static HttpSettings httpSettings(MtpConfig config, byte[] root, Clock clock) {
        return new HttpSettings(
                config.maxBodyBytes(),
                DerivedKeys.signingKey(root),
                HttpSettings.DEFAULT_FORM_LIFETIME,
                config.secureCookies(),
                config.trustedProxies(),
                clock);
    }

    private static WebSettings webSettings(MtpConfig config, byte[] root) {
        return new WebSettings(
                config.webTileUrl(),
                config.webTileAttribution(),
                config.secureCookies(),
                DerivedKeys.webSigningKey(root),
                config.trustedProxies(),
                config.webThumbnailCacheBytes());
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return server.port();
    }

    public PersistenceContext persistence() {
        return persistence;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info(
                "mtp stopping: finishing in-flight requests (at most {} ms)",
                config.shutdownGrace().toMillis());
        server.stop();
        importWorkers.close();
        probe.close();
        mapillary.close();
        metrics.close();
        persistence.close();
        LOG.info("mtp stopped");
    }
}
