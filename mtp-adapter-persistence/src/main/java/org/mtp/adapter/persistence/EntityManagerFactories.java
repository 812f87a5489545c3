package org.mtp.adapter.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SchemaValidationException;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Persistence adapter: builds the one {@link EntityManagerFactory} of the application with the Jakarta Persistence 3.2
 * {@link PersistenceConfiguration} API (no persistence.xml). Hibernate only validates the schema that Flyway owns
 * ({@link #validateSchema}); it never creates or alters a table.
 */
public final class EntityManagerFactories {

    /** Statements per JDBC batch: thousands of photos go out in a few dozen round trips. */
    public static final int JDBC_BATCH_SIZE = 100;

    /** Lazy collections (tags, tour members) of up to this many loaded owners are fetched in one statement. */
    static final int BATCH_FETCH_SIZE = 64;

    static final String PERSISTENCE_UNIT = "mtp";

    private EntityManagerFactories() {}

    public static EntityManagerFactory create(PersistenceConfig config, DataSource dataSource) {
        PersistenceConfiguration unit = new PersistenceConfiguration(PERSISTENCE_UNIT)
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.NONE)
                // nonJtaDataSource(String) takes a JNDI name; the DataSource object goes in as a property.
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                // Validation is a separate step (validateSchema) so that the metamodel can be built while Flyway
                // migrates.
                .property(AvailableSettings.HBM2DDL_AUTO, "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .property(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, BATCH_FETCH_SIZE)
                .property(AvailableSettings.GENERATE_STATISTICS, config.statistics())
                .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .property(AvailableSettings.FAIL_ON_PAGINATION_OVER_COLLECTION_FETCH, true)
                .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
                .property(
                        PersistenceConfiguration.LOCK_TIMEOUT,
                        config.lockTimeout().toMillis());
        JpaEntityClasses.all().forEach(unit::managedClass);
        return unit.createEntityManagerFactory();
    }

    /**
     * Checks every mapped table and column against the database, as {@code hbm2ddl=validate} would at boot.
     *
     * @throws jakarta.persistence.SchemaValidationException when the schema lacks or mistypes something mapped
     */
    public static void validateSchema(EntityManagerFactory factory) {
        try {
            factory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("the database schema does not match the mapping: " + e.getMessage(), e);
        }
    }
}
