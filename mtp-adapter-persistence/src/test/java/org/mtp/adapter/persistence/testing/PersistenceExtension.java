package org.mtp.adapter.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceConfig;
import org.mtp.adapter.persistence.PersistenceContext;

/**
 * Test support: a ready {@link PersistenceContext} per database for one test class, opened on first use and closed
 * after the class. H2 lives in a fresh temporary directory with the production URL ({@code H2Urls.file}); PostgreSQL is
 * a fresh database cloned from the shared server's migrated template. Hibernate statistics are on.
 *
 * <pre>
 * &#64;RegisterExtension static final PersistenceExtension DB = new PersistenceExtension();
 * ... DB.context(Database.H2) ... DB.context(Database.POSTGRESQL) ...
 * </pre>
 */
public final class PersistenceExtension implements AfterAllCallback {

    private final Map<Database, Opened> opened = new EnumMap<>(Database.class);
    private final UnaryOperator<PersistenceConfig> customizer;

    /** Databases with the test defaults of {@link #forTests}. */
    public PersistenceExtension() {
        this(UnaryOperator.identity());
    }

    /** Databases whose configuration {@code customizer} adjusts (timeouts, pool size) after the test defaults. */
    public PersistenceExtension(UnaryOperator<PersistenceConfig> customizer) {
        this.customizer = customizer;
    }

    /** The context of {@code database} for the running test class; the first call opens a fresh database. */
    public synchronized PersistenceContext context(Database database) {
        return opened.computeIfAbsent(database, this::open).context();
    }

    /** The configuration {@link #context} was opened with. */
    public synchronized PersistenceConfig config(Database database) {
        context(database);
        return opened.get(database).config();
    }

    @Override
    public synchronized void afterAll(ExtensionContext extensionContext) {
        closeAll();
    }

    /**
     * Closes every database opened so far. For a class whose nested classes share the databases: hold the extension in
     * a plain static field (registered, it would also close after each nested class) and call this from the outer
     * class's {@code @AfterAll}.
     */
    public synchronized void closeAll() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Opened database : opened.values()) {
            try {
                database.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        opened.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private Opened open(Database database) {
        return switch (database) {
            case H2 -> openH2();
            case POSTGRESQL -> openPostgres();
        };
    }

    private Opened openH2() {
        try {
            Path dir = Files.createTempDirectory("mtp-h2-");
            PersistenceConfig config = customizer.apply(forTests(PersistenceConfig.h2(dir)));
            return new Opened(config, PersistenceContext.start(config), () -> deleteRecursively(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Opened openPostgres() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        String name = server.createMigratedDatabase();
        PersistenceConfig config = customizer.apply(forTests(server.config(name)));
        return new Opened(config, PersistenceContext.start(config), () -> server.dropDatabase(name));
    }

    /** Statistics on (tests count statements); a small pool, since many classes open databases one after another. */
    public static PersistenceConfig forTests(PersistenceConfig config) {
        return config.withStatistics(true).withMaxPoolSize(8);
    }

    public static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Opened(PersistenceConfig config, PersistenceContext context, Runnable disposal) {
        void close() {
            try {
                context.close();
            } finally {
                disposal.run();
            }
        }
    }
}
