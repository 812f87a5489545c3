package org.mtp.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
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

  /** Migrates the schema, opens the pool and validates the mapping against the schema; fails fast on any of them. */
  public static PersistenceContext start(PersistenceConfig config) {
    int applied = Migrations.migrate(config);
    HikariDataSource dataSource = DataSources.pooled(config);
    try {
      EntityManagerFactory factory = EntityManagerFactories.create(config, dataSource);
      LOG.info("Persistence ready on {} ({} migrations applied): {}", config.database(), applied, config);
      return new PersistenceContext(config.database(), dataSource, factory, applied);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
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
