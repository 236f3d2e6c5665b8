package nl.vocampus.lekwacht.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded default: a real PostgreSQL 17 in a data directory that survives restarts.
 *
 * <p>Started by {@link EmbeddedDatabaseSwitch} while Quarkus builds its configuration, only when no
 * datasource URL is configured in any source Quarkus reads. Zonky turns durability off by default for
 * test speed; incident reports must survive a power cut, so fsync and synchronous_commit are switched
 * back on.
 */
public final class EmbeddedDatabase {

    public static final String DATA_DIR_PROPERTY = "lekwacht.embedded-db.data-dir";
    public static final String PORT_PROPERTY = "lekwacht.embedded-db.port";
    static final String DATASOURCE_URL = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {
    }

    /** Starts the server of this process once (the service, or the restore command); later calls return the same settings. */
    public static synchronized Map<String, String> startOnce(Path dataDir, int port) {
        if (running == null) {
            long started = System.nanoTime();
            OrphanPostmaster.stopIfRunning(dataDir);
            running = start(dataDir, port, true);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms with data in %s", running.getPort(), millis, dataDir);
        }
        return datasourceSettings(running);
    }

    /**
     * Starts a server in the given directory. {@code keepData} false wipes the directory first
     * and last (tests); true keeps it between runs.
     */
    public static EmbeddedPostgres start(Path dataDir, int port, boolean keepData) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                    .setServerConfig("full_page_writes", keepData ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    // The server's log reaches the application's: never a failing row's values or a statement.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Stops the embedded server cleanly (a fast shutdown with a checkpoint), if this process started one. */
    public static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            running = null;
        }
    }

    public static Map<String, String> datasourceSettings(EmbeddedPostgres postgres) {
        return Map.of(DATASOURCE_URL, postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
