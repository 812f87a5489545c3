package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.mtp.adapter.persistence.transaction.EntityManagers;
import org.mtp.adapter.persistence.transaction.JpaUnitOfWork;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistence adapter: a migrated, ready database as the rest of the application sees it (the pool, the
 * EntityManagerFactory, the unit of work and the accessor repositories use). Bootstrap opens one with
 * {@link #open(PersistenceConfig)}, wires its stores while the database gets ready, waits with {@link #ready()} and
 * closes it on shutdown; {@link #start(PersistenceConfig)} does the first two at once.
 */
public final class PersistenceContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceContext.class);

    private final PersistenceConfig config;
    private final HikariDataSource dataSource;
    private final CompletableFuture<Integer> migration;
    private final CompletableFuture<EntityManagerFactory> factory;
    private final EntityManagers entityManagers;
    private final JpaUnitOfWork unitOfWork;
    private boolean closed;

    private PersistenceContext(
            PersistenceConfig config,
            HikariDataSource dataSource,
            CompletableFuture<Integer> migration,
            CompletableFuture<EntityManagerFactory> factory) {
        this.config = config;
        this.dataSource = dataSource;
        this.migration = migration;
        this.factory = factory;
        this.entityManagers = new EntityManagers(factory, dataSource);
        this.unitOfWork = new JpaUnitOfWork(entityManagers);
    }

    /** Migrates the schema, opens the pool and validates the mapping against the schema; fails fast on any of them. */
    public static PersistenceContext start(PersistenceConfig config) {
        return open(config).ready();
    }

    /**
     * Opens the pool (failing at once when the database cannot be reached) and gets the database ready in the
     * background: Flyway migrates on one thread while Hibernate builds its metamodel on another, the two slowest steps
     * of a cold start (about 1.5 and 2 s of CPU here), since neither needs the other; the schema validation waits for
     * both. Stores may be built on the context meanwhile; call {@link #ready()} before serving.
     */
    public static PersistenceContext open(PersistenceConfig config) {
        HikariDataSource dataSource = DataSources.pooled(config);
        CompletableFuture<Integer> migration = inBackground("mtp-migrate", () -> Migrations.migrate(config));
        CompletableFuture<EntityManagerFactory> built =
                inBackground("mtp-hibernate", () -> EntityManagerFactories.create(config, dataSource));
        CompletableFuture<EntityManagerFactory> validated = built.thenCombine(migration, (factory, applied) -> {
            try {
                EntityManagerFactories.validateSchema(factory);
                return factory;
            } catch (RuntimeException e) {
                factory.close();
                throw e;
            }
        });
        return new PersistenceContext(config, dataSource, migration, validated);
    }

    /**
     * Waits until the schema is migrated and the mapping validated against it.
     *
     * @throws RuntimeException the failure of the migration (preferred: Hibernate may fail for want of its schema) or
     *     else of Hibernate; the context is closed then
     */
    public PersistenceContext ready() {
        try {
            int applied = join(migration);
            join(factory);
            LOG.info("Persistence ready on {} ({} migrations applied): {}", config.database(), applied, config);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public Database database() {
        return config.database();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return join(factory);
    }

    /** Where repositories get the EntityManager of the unit of work running on their thread. */
    public EntityManagers entityManagers() {
        return entityManagers;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** How many migrations opening the context applied: 0 when the schema was already current. */
    public int migrationsApplied() {
        return join(migration);
    }

    /** Waits for the background work to end (a migration is never cut short), then closes the factory and the pool. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            CompletableFuture.allOf(migration, factory)
                    .exceptionally(failure -> null)
                    .join();
            if (!factory.isCompletedExceptionally()) {
                factory.join().close();
            }
        } finally {
            dataSource.close();
        }
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(work.get());
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The value, or the failure that produced none, unwrapped. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
