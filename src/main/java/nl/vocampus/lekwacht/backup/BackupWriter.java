package nl.vocampus.lekwacht.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a logical backup as pg_dump would take one: every application table read in one REPEATABLE READ, READ ONLY
 * transaction (one snapshot, so an incident and its history are from the same moment), each as CSV by COPY into
 * a zip, with a manifest of row counts and SHA-256s. The zip is written under a temporary name and renamed only
 * when complete, so a failed or interrupted backup never leaves a file that looks like a backup; only the owner
 * of the process may read it (it holds every report's personal data).
 */
public final class BackupWriter {

    static final String PREFIX = "lekwacht-backup-";
    static final String SUFFIX = ".zip";
    static final String PARTIAL_SUFFIX = ".zip.part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}T\\d{6}Z)" + Pattern.quote(SUFFIX));
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BackupWriter() {
    }

    /** A written backup: its file and what it holds. */
    public record Written(Path file, BackupManifest manifest) {
    }

    /**
     * Backs up the database behind {@code connection} (which this method uses for one transaction and leaves in
     * autocommit) into {@code directory}, named by {@code now}.
     */
    public static Written write(Connection connection, Path directory, Instant now, Duration lockTimeout) {
        createPrivateDirectory(directory);
        Path partial;
        try {
            partial = ownerOnly()
                    ? Files.createTempFile(directory, "." + PREFIX, PARTIAL_SUFFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, "." + PREFIX, PARTIAL_SUFFIX);
        } catch (IOException e) {
            throw new BackupFailed("could not create a file in the backup directory " + directory, e);
        }
        try {
            BackupManifest manifest = writeArchive(connection, partial, now, lockTimeout);
            Path target = directory.resolve(fileName(now));
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Written(target, manifest);
        } catch (IOException e) {
            throw new BackupFailed("could not write the backup file", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // Left behind: the next run deletes stale partial files.
            }
        }
    }

    private static BackupManifest writeArchive(Connection c, Path file, Instant now, Duration lockTimeout) throws IOException {
        boolean autoCommit = autoCommit(c);
        int isolation = isolation(c);
        String step = "reading the catalogue";
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("set local lock_timeout = '" + Math.max(1, lockTimeout.toMillis()) + "ms'");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String schemaVersion = BackupTables.schemaVersion(c);
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (String table : BackupTables.tables(c)) {
                step = "copying table " + table;
                List<String> columns = BackupTables.columns(c, table);
                MessageDigest sha = sha256();
                zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
                long rows;
                try (OutputStream out = new DigestOutputStream(new KeepOpen(zip), sha)) {
                    rows = copy.copyOut("copy public." + BackupTables.quoted(table) + " (" + BackupTables.columnList(columns)
                            + ") to stdout (format csv, header true, encoding 'UTF8')", out);
                }
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table, columns, rows, HexFormat.of().formatHex(sha.digest())));
            }
            step = "reading the sequences";
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT_VERSION, schemaVersion, now.toString(), tables,
                    BackupTables.sequences(c));
            c.commit();
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return manifest;
        } catch (SQLException e) {
            rollback(c);
            throw new BackupFailed(step, e);
        } finally {
            try {
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
                c.setTransactionIsolation(isolation);
            } catch (SQLException e) {
                // The connection is broken; the pool discards it.
            }
        }
    }

    static String fileName(Instant createdAt) {
        return PREFIX + STAMP.format(createdAt) + SUFFIX;
    }

    /** When a backup file of this writer was made, from its name; null for any other file. */
    static Instant createdAt(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? STAMP.parse(m.group(1), Instant::from) : null;
    }

    static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("." + PREFIX) && name.endsWith(PARTIAL_SUFFIX);
    }

    private static void createPrivateDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                FileAttribute<?>[] attributes = ownerOnly()
                        ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                        : new FileAttribute<?>[0];
                Files.createDirectories(directory, attributes);
            }
        } catch (IOException e) {
            throw new BackupFailed("could not create the backup directory " + directory, e);
        }
    }

    private static boolean ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean autoCommit(Connection c) {
        try {
            return c.getAutoCommit();
        } catch (SQLException e) {
            throw new BackupFailed("the database connection", e);
        }
    }

    private static int isolation(Connection c) {
        try {
            return c.getTransactionIsolation();
        } catch (SQLException e) {
            throw new BackupFailed("the database connection", e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // Nothing was written; the pool discards a broken connection.
        }
    }

    /** Lets COPY write into the current zip entry without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
