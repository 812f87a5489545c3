package org.mtp.bootstrap.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/** The Prometheus registry of one mtp process: JVM, process, connection pool, HTTP and Mapillary meters. */
public final class Metrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        registry.config().meterFilter(ProcessorMeters.names());
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMeters().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Pool gauges read from Hikari's own MX bean, since the pool is started before the registry exists. */
    public void bindPool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            poolGauge("active", hikari, HikariPoolMXBean::getActiveConnections);
            poolGauge("idle", hikari, HikariPoolMXBean::getIdleConnections);
            poolGauge("total", hikari, HikariPoolMXBean::getTotalConnections);
            poolGauge("pending", hikari, HikariPoolMXBean::getThreadsAwaitingConnection);
            Gauge.builder("mtp_db_pool_max_connections", hikari, HikariDataSource::getMaximumPoolSize)
                    .description("Maximum size of the database connection pool")
                    .register(registry);
        }
    }

    private void poolGauge(String state, HikariDataSource hikari, ToDoubleFunction<HikariPoolMXBean> read) {
        Gauge.builder("mtp_db_pool_connections", hikari, h -> {
                    HikariPoolMXBean pool = h.getHikariPoolMXBean();
                    return pool == null ? 0 : read.applyAsDouble(pool);
                })
                .tag("state", state)
                .description("Database pool connections by state")
                .register(registry);
    }

    /** The text a Prometheus scrape receives. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
