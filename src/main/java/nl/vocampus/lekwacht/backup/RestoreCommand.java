package nl.vocampus.lekwacht.backup;

import nl.vocampus.lekwacht.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code java -jar quarkus-run.jar restore [--force] [--data-dir <dir>] <backup.zip>}: puts a backup into the embedded
 * default's data directory, before the service starts, on a fresh machine or after a loss. It starts the embedded
 * PostgreSQL on an empty directory, migrates it to the backup's schema version, loads the tables, checks them
 * against the manifest and stops; the service then starts on that directory as usual (and migrates further when
 * it is a newer version). A directory that already holds data is refused unless {@code --force}, which moves it
 * aside rather than deleting it.
 */
public final class RestoreCommand {

    public static final String NAME = "restore";
    private static final String FORCE = "--force";
    private static final String DATA_DIR = "--data-dir";
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final PrintStream out;

    RestoreCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the command with the arguments after "restore"; returns the process's exit code. */
    public static int run(String... args) {
        return new RestoreCommand(System.out).execute(args);
    }

    int execute(String... args) {
        boolean force = false;
        Path dataDir = Path.of(defaultDataDir());
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (FORCE.equals(args[i])) {
                force = true;
            } else if (DATA_DIR.equals(args[i]) && i + 1 < args.length) {
                dataDir = Path.of(args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                return usage("unknown argument " + args[i]);
            }
        }
        if (file == null) {
            return usage("no backup file given");
        }
        dataDir = dataDir.toAbsolutePath();
        try {
            return restore(file.toAbsolutePath(), dataDir, force);
        } catch (BackupFailed e) {
            System.err.println("Herstel mislukt / restore failed: " + e.getMessage());
            return 1;
        }
    }

    private int restore(Path file, Path dataDir, boolean force) {
        if (!Files.isRegularFile(file)) {
            throw new BackupFailed("no backup file at " + file);
        }
        BackupManifest manifest = BackupLoader.manifest(file);
        out.printf("Backup %s: made %s, schema version %s, %d tables, %d rows%n", file.getFileName(), manifest.createdAt(),
                manifest.schemaVersion(), manifest.tables().size(), manifest.totalRows());
        if (holdsData(dataDir)) {
            if (!force) {
                System.err.println("The data directory " + dataDir + " already holds a database. Restoring would replace it.\n"
                        + "Stop Lekwacht, and run the command again with --force to move that directory aside (to "
                        + dataDir.getFileName() + ".before-restore-<time>) and restore into a new one.");
                return 2;
            }
            Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + ASIDE.format(Instant.now()));
            move(dataDir, aside);
            out.println("The existing data directory was moved to " + aside);
        }
        boolean done = false;
        try {
            Map<String, String> settings = EmbeddedDatabase.startOnce(dataDir, 0);
            String url = settings.get("quarkus.datasource.jdbc.url");
            String user = settings.get("quarkus.datasource.username");
            String password = settings.get("quarkus.datasource.password");
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .target(manifest.schemaVersion()).load().migrate();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                BackupLoader.load(c, file);
                warnAboutSealedSecrets(c, dataDir);
            }
            done = true;
        } catch (SQLException e) {
            throw new BackupFailed("connecting to the embedded database", e);
        } finally {
            EmbeddedDatabase.stop();
            if (!done) {
                deleteQuietly(dataDir);
            }
        }
        out.printf("Restored into %s: %d tables, %d rows, every table's rows and SHA-256 as in the manifest.%n"
                + "Start Lekwacht as usual with this data directory.%n", dataDir, manifest.tables().size(), manifest.totalRows());
        return 0;
    }

    /** Sealed secrets are only readable with the key of the machine that sealed them; the backup leaves it out on purpose. */
    private void warnAboutSealedSecrets(Connection c, Path dataDir) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from teams_channel")) {
            rs.next();
            Path key = dataDir.resolveSibling(dataDir.getFileName() + "-secrets.key");
            if (rs.getLong(1) > 0 && !Files.exists(key)) {
                out.println("Note: " + rs.getLong(1) + " Teams channel(s) were restored, sealed with the old machine's key. Copy its "
                        + key.getFileName() + " to " + key + " (or set LEKWACHT_SECRETS_KEY as before), or set the channels again.");
            }
        }
    }

    private static boolean holdsData(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return Files.exists(dataDir);
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new BackupFailed("could not read the data directory " + dataDir, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new BackupFailed("could not move the data directory aside", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("The half-restored data directory " + dir + " could not be removed; delete it before trying again.");
        }
    }

    private int usage(String problem) {
        System.err.println(problem + "\nUsage: java -jar quarkus-run.jar restore [--force] [--data-dir <directory>] <backup file>\n"
                + "  --data-dir  the embedded database's directory (default: lekwacht.embedded-db.data-dir, else ./data)\n"
                + "  --force     move an existing data directory aside instead of refusing");
        return 64;
    }

    /** The same setting the service reads: a -D system property, else the environment variable, else ./data. */
    private static String defaultDataDir() {
        String property = System.getProperty(EmbeddedDatabase.DATA_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("LEKWACHT_EMBEDDED_DB_DATA_DIR");
        return env != null && !env.isBlank() ? env : "data";
    }
}
