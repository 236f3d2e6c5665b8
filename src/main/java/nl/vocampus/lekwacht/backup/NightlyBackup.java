package nl.vocampus.lekwacht.backup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded default's nightly backup: a school running the jar on one machine has its reports in one data
 * directory only. Runs only beside the embedded PostgreSQL; a real PostgreSQL is backed up by its own means
 * (see README "Backups"). A Quartz job in the clustered store, so one node runs it however many there are.
 */
@ApplicationScoped
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class);
    /** A partial file this old is from a run that was killed, not one in progress. */
    private static final Duration STALE_PARTIAL = Duration.ofDays(1);

    private final AgroalDataSource dataSource;
    private final LekwachtConfig config;
    private final Clock clock;

    NightlyBackup(AgroalDataSource dataSource, LekwachtConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** The outcome of one run: the new file (null when it failed) and the old files deleted. */
    public record Result(Path file, BackupManifest manifest, List<Path> deleted) {
    }

    @Scheduled(identity = "nightly-backup", cron = "{lekwacht.backup.cron}", timeZone = "${lekwacht.zone}")
    @Nonconcurrent
    void scheduled() {
        if (config.embeddedDb().active()) {
            run(clock.instant());
        }
    }

    /** Writes a backup as of {@code now} and deletes the ones older than the days kept; a failure is logged. */
    public Result run(Instant now) {
        Path directory = directory();
        Path file = null;
        BackupManifest manifest = null;
        try (Connection c = dataSource.getConnection()) {
            BackupWriter.Written written = BackupWriter.write(c, directory, now, config.backup().lockTimeout());
            file = written.file();
            manifest = written.manifest();
            LOG.infof("Backup written: %s (%d tables, %d rows, schema version %s)", file, manifest.tables().size(),
                    manifest.totalRows(), manifest.schemaVersion());
        } catch (BackupFailed e) {
            LOG.errorf("Nightly backup FAILED, no file written: %s", e.getMessage());
        } catch (SQLException e) {
            LOG.errorf("Nightly backup FAILED, no file written: no database connection (%s)", BackupFailed.describe(e));
        }
        return new Result(file, manifest, prune(directory, now));
    }

    /** Deletes the backups older than {@code lekwacht.backup.keep-days} and partial files of killed runs. */
    List<Path> prune(Path directory, Instant now) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        Instant keepFrom = now.minus(Duration.ofDays(config.backup().keepDays()));
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> old = files.filter(f -> {
                Instant created = BackupWriter.createdAt(f);
                return created != null ? created.isBefore(keepFrom) : BackupWriter.isPartial(f) && olderThan(f, now.minus(STALE_PARTIAL));
            }).sorted().toList();
            for (Path f : old) {
                Files.deleteIfExists(f);
                LOG.infof("Old backup deleted: %s", f.getFileName());
            }
            return old;
        } catch (IOException e) {
            LOG.errorf("Old backups in %s could not be deleted: %s", directory, e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static boolean olderThan(Path file, Instant moment) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(moment);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code lekwacht.backup.directory}, or "backups" beside the embedded data directory. */
    public Path directory() {
        return config.backup().directory().map(Path::of)
                .orElseGet(() -> Path.of(config.embeddedDb().dataDir()).toAbsolutePath().resolveSibling("backups"))
                .toAbsolutePath();
    }
}
