package nl.vocampus.lekwacht.backup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.KnownState;
import nl.vocampus.lekwacht.support.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static nl.vocampus.lekwacht.support.Api.reportLostLaptop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nightly backup against the real PostgreSQL of the tests: what the file holds, what is kept, what a failure leaves. */
@QuarkusTest
class NightlyBackupTest {

    static final Instant NIGHT = Instant.parse("2026-12-01T01:15:00Z");

    @Inject
    NightlyBackup backup;

    @Inject
    AgroalDataSource dataSource;

    Path directory;

    @BeforeEach
    void emptyDirectory() throws IOException {
        KnownState.reset();
        directory = backup.directory();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void theBackupHoldsEveryApplicationTableWithCountsAndHashesOnlyItsOwnerCanRead() throws Exception {
        reportLostLaptop("2026-11-30T08:00:00+01:00");
        reportLostLaptop("2026-11-30T09:00:00+01:00");

        NightlyBackup.Result result = backup.run(NIGHT);

        assertNotNull(result.file(), "a file was written");
        assertEquals("lekwacht-backup-20261201T011500Z.zip", result.file().getFileName().toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(result.file())));
        BackupManifest manifest = BackupLoader.manifest(result.file());
        assertEquals(BackupManifest.FORMAT_VERSION, manifest.formatVersion());
        assertEquals(schemaVersion(), manifest.schemaVersion());
        assertEquals(NIGHT.toString(), manifest.createdAt());
        List<String> names = manifest.tables().stream().map(BackupManifest.Table::name).toList();
        assertTrue(names.containsAll(List.of("incident", "incident_event", "escalation_step", "school", "person", "decision")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("qrtz_") || n.equals("flyway_schema_history")),
                "no scheduler state or Flyway history: " + names);
        for (BackupManifest.Table table : manifest.tables()) {
            assertEquals(count(table.name()), table.rows(), "rows of " + table.name());
        }
        try (ZipFile zip = new ZipFile(result.file().toFile()); InputStream in = zip.getInputStream(zip.getEntry("tables/incident.csv"))) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, csv.lines().count(), "a header and two incidents");
            assertTrue(csv.contains("Laptop kwijt in de trein"));
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(result.file()), files.toList(), "one file, no partial file left");
        }
    }

    @Test
    void backupsOlderThanTheDaysKeptAreDeletedAndOtherFilesLeftAlone() throws Exception {
        Files.createDirectories(directory);
        Path fifteenDays = Files.createFile(directory.resolve(BackupWriter.fileName(NIGHT.minus(Duration.ofDays(15)))));
        Path thirteenDays = Files.createFile(directory.resolve(BackupWriter.fileName(NIGHT.minus(Duration.ofDays(13)))));
        Path someoneElses = Files.createFile(directory.resolve("notes.txt"));

        NightlyBackup.Result result = backup.run(NIGHT);

        assertEquals(List.of(fifteenDays), result.deleted());
        assertFalse(Files.exists(fifteenDays), "older than 14 days: deleted");
        assertTrue(Files.exists(thirteenDays), "within 14 days: kept");
        assertTrue(Files.exists(someoneElses), "a file the backup did not write is left alone");
        assertTrue(Files.exists(result.file()));
    }

    /** A table locked past the lock timeout: the backup gives up, says so without row values, and leaves no file. */
    @Test
    void aFailedBackupIsLoggedWithoutValuesAndLeavesNoFile() throws Exception {
        reportLostLaptop("2026-11-30T08:00:00+01:00");
        try (Connection locker = dataSource.getConnection(); LogCapture log = LogCapture.start()) {
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table incident in access exclusive mode");
            }
            NightlyBackup.Result result = backup.run(NIGHT);
            locker.rollback();

            assertNull(result.file(), "no backup");
            List<String> failures = log.containing("Nightly backup FAILED");
            assertEquals(1, failures.size(), "the failure is logged once");
            assertTrue(failures.get(0).contains("copying table incident") && failures.get(0).contains("55P03"),
                    "it names the table and the lock timeout: " + failures.get(0));
            assertTrue(log.containing("Laptop kwijt").isEmpty() && log.containing("cijferlijsten").isEmpty(), "no row values in the log");
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                assertEquals(List.of(), files.toList(), "no backup and no partial file");
            }
        }
    }

    /**
     * The loader against the same database: what was added after the backup is gone and the rows are as backed up; a
     * backup whose table entry was changed is refused and leaves the database as it was.
     */
    @Test
    void aLoadedBackupHasTheBackedUpRowsAndADamagedOneIsRefusedWithoutAChange() throws Exception {
        String kept = reportLostLaptop("2026-11-30T08:00:00+01:00");
        NightlyBackup.Result result = backup.run(NIGHT);
        String later = reportLostLaptop("2026-11-30T09:00:00+01:00");
        Path damaged = directory.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(result.file().toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("tables/incident.csv")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("Laptop kwijt", "Laptop weg!").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        try {
            try (Connection c = dataSource.getConnection()) {
                BackupFailed refused = org.junit.jupiter.api.Assertions.assertThrows(BackupFailed.class, () -> BackupLoader.load(c, damaged));
                assertTrue(refused.getMessage().contains("table incident in the backup file is damaged"), refused.getMessage());
            }
            assertEquals(2, count("incident"), "the refused load changed nothing");

            try (Connection c = dataSource.getConnection()) {
                BackupLoader.load(c, result.file());
            }
            assertEquals(1, count("incident"), "the incident reported after the backup is gone");
            assertEquals(1, count("incident where id = '" + kept + "'"));
            assertEquals(0, count("incident where id = '" + later + "'"));
        } finally {
            // The load put the change counter back; caches of later test classes must see a newer one.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("update change_version set version = version + 1000000");
            }
            KnownState.reset();
        }
    }

    private String schemaVersion() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(version::int) from flyway_schema_history where version is not null")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
