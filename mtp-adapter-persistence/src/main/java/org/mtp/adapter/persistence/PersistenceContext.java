package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
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
 * {@link #start(PersistenceConfig)} and closes it on shutdown.
 */
public final class PersistenceContext implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PersistenceContext.class);

  private final Database database;
  private final HikariDataSource dataSource;
  private final EntityManagerFactory entityManagerFactory;
  private final EntityManagers entityManagers;
  private final JpaUnitOfWork unitOfWork;
  private final int migrationsApplied;

  private PersistenceContext(Database database, HikariDataSource dataSource, EntityManagerFactory factory,
      int migrationsApplied) {
    this.database = database;
    this.dataSource = dataSource;
    this.entityManagerFactory = factory;
    this.entityManagers = new EntityManagers(factory);
    this.unitOfWork = new JpaUnitOfWork(entityManagers);
    this.migrationsApplied = migrationsApplied;
  }

  /**
   * Migrates the schema, opens the pool and validates the mapping against the schema; fails fast on any of them.
   * Flyway runs on a thread of its own while Hibernate builds its metamodel, the two slowest steps of a cold start
   * (about 1.5 and 2 s of CPU here), since neither needs the other; the validation waits for both.
   */
  public static PersistenceContext start(PersistenceConfig config) {
    CompletableFuture<Integer> migration = new CompletableFuture<>();
    Thread migrator = new Thread(() -> complete(migration, () -> Migrations.migrate(config)), "mtp-migrate");
    migrator.setDaemon(true);
    migrator.start();
    HikariDataSource dataSource = null;
    EntityManagerFactory factory = null;
    try {
      dataSource = DataSources.pooled(config);
      factory = EntityManagerFactories.create(config, dataSource);
      int applied = awaitMigration(migration);
      EntityManagerFactories.validateSchema(factory);
      LOG.info("Persistence ready on {} ({} migrations applied): {}", config.database(), applied, config);
      return new PersistenceContext(config.database(), dataSource, factory, applied);
    } catch (RuntimeException e) {
      // A failed migration is the cause to report, even when Hibernate failed meanwhile for want of its schema.
      RuntimeException failure = migrationFailure(migration, migrator).orElse(e);
      if (failure != e) {
        failure.addSuppressed(e);
      }
      if (factory != null) {
        factory.close();
      }
      if (dataSource != null) {
        dataSource.close();
      }
      throw failure;
    }
  }

  private static void complete(CompletableFuture<Integer> future, Supplier<Integer> work) {
    try {
      future.complete(work.get());
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
    }
  }

  private static int awaitMigration(CompletableFuture<Integer> migration) {
    try {
      return migration.join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
  }

  private static Optional<RuntimeException> migrationFailure(CompletableFuture<Integer> migration, Thread migrator) {
    try {
      migrator.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (!migration.isCompletedExceptionally()) {
      return Optional.empty();
    }
    try {
      migration.join();
      return Optional.empty();
    } catch (CompletionException e) {
      return Optional.of(unwrap(e));
    }
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return e;
  }

  public Database database() {
    return database;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManagerFactory entityManagerFactory() {
    return entityManagerFactory;
  }

  /** Where repositories get the EntityManager of the unit of work running on their thread. */
  public EntityManagers entityManagers() {
    return entityManagers;
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** How many migrations {@link #start} applied: 0 when the schema was already current. */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  @Override
  public void close() {
    try {
      entityManagerFactory.close();
    } finally {
      dataSource.close();
    }
  }
}
