package nl.vocampus.lekwacht.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads a backup written by {@link BackupWriter} into a database whose schema is at the backup's Flyway version:
 * in one transaction, with triggers and foreign-key checks off (as a replica applies rows, so the order of the
 * tables does not matter), each table's SHA-256 and row count checked against the manifest, the sequences put
 * back where they stood. Anything that does not match rolls the whole load back.
 */
public final class BackupLoader {

    private BackupLoader() {
    }

    /** Reads and checks the manifest of a backup file. */
    public static BackupManifest manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return manifest(zip);
        } catch (IOException e) {
            throw new BackupFailed("could not read the backup file " + file, e);
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new BackupFailed("not a Lekwacht backup: it has no " + BackupManifest.ENTRY);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = BackupWriter.JSON.readValue(in, BackupManifest.class);
        }
        if (manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw new BackupFailed("backup format " + manifest.formatVersion() + " is not the one this version reads ("
                    + BackupManifest.FORMAT_VERSION + ")");
        }
        return manifest;
    }

    /** Loads {@code file}; the connection's database must be migrated to the backup's version and otherwise unused. */
    public static BackupManifest load(Connection c, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip);
            String schema = BackupTables.schemaVersion(c);
            if (!schema.equals(manifest.schemaVersion())) {
                throw new BackupFailed("the database is at schema version " + schema + ", the backup at " + manifest.schemaVersion());
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                List<String> present = BackupTables.tables(c);
                for (BackupManifest.Table table : manifest.tables()) {
                    if (!present.contains(table.name())) {
                        throw new BackupFailed("the backup holds table " + table.name() + ", which the schema has not");
                    }
                }
                // As a replica first: the append-only audit trail refuses a TRUNCATE from anyone else.
                s.execute("set local session_replication_role = replica");
                // The migrations seed rows (schools, the escalation ladder); the backup's rows replace them.
                s.execute("truncate " + String.join(", ", present.stream().map(t -> "public." + BackupTables.quoted(t)).toList()));
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (BackupManifest.Table table : manifest.tables()) {
                    loadTable(copy, zip, table);
                }
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    if (sequence.lastValue() != null) {
                        try (PreparedStatement p = c.prepareStatement("select setval(('public.' || quote_ident(?))::regclass, ?, true)")) {
                            p.setString(1, sequence.name());
                            p.setLong(2, sequence.lastValue());
                            p.execute();
                        }
                    }
                }
                checkCounts(c, manifest);
                c.commit();
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                throw e;
            }
            return manifest;
        } catch (SQLException e) {
            throw new BackupFailed("loading the backup", e);
        } catch (IOException e) {
            throw new BackupFailed("reading the backup file " + file, e);
        }
    }

    private static void loadTable(CopyManager copy, ZipFile zip, BackupManifest.Table table) throws SQLException, IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new BackupFailed("the backup file lacks " + table.entry());
        }
        MessageDigest sha = BackupWriter.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
            rows = copy.copyIn("copy public." + BackupTables.quoted(table.name()) + " (" + BackupTables.columnList(table.columns())
                    + ") from stdin (format csv, header true, encoding 'UTF8')", in);
        } catch (SQLException e) {
            throw new BackupFailed("loading table " + table.name(), e);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
            throw new BackupFailed("table " + table.name() + " in the backup file is damaged (its SHA-256 differs from the manifest's)");
        }
        if (rows != table.rows()) {
            throw new BackupFailed("table " + table.name() + ": " + rows + " rows loaded, the manifest says " + table.rows());
        }
    }

    private static void checkCounts(Connection c, BackupManifest manifest) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (BackupManifest.Table table : manifest.tables()) {
                try (ResultSet rs = s.executeQuery("select count(*) from public." + BackupTables.quoted(table.name()))) {
                    rs.next();
                    if (rs.getLong(1) != table.rows()) {
                        throw new BackupFailed("table " + table.name() + " holds " + rs.getLong(1) + " rows after loading, the manifest says " + table.rows());
                    }
                }
            }
        }
    }
}
