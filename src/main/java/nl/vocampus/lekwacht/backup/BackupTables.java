package nl.vocampus.lekwacht.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a backup holds: every table of the application in the public schema, found in the catalogue, so a table a
 * later migration adds is backed up without a change here. Left out: Flyway's history (a restore rebuilds it by
 * migrating to the backup's version, which the manifest names) and Quartz's tables (scheduler state: locks, fired
 * triggers and check-ins of the instances that ran then; the service rebuilds its triggers at start, and restored
 * rows would name instances that no longer exist).
 */
final class BackupTables {

    private BackupTables() {
    }

    static boolean belongsToTheApplication(String table) {
        return !table.startsWith("qrtz_") && !table.equals("flyway_schema_history");
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                if (belongsToTheApplication(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** The columns a COPY writes and reads: all but generated (computed) ones, which PostgreSQL fills itself. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select a.attname from pg_attribute a
                where a.attrelid = ('public.' || quote_ident(?))::regclass and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = ''
                order by a.attnum""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The sequences of the application's tables (identity columns included) with their position. */
    static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (belongsToTheApplication(name)) {
                    long value = rs.getLong(2);
                    sequences.add(new BackupManifest.Sequence(name, rs.wasNull() ? null : value));
                }
            }
        }
        return sequences;
    }

    /** The Flyway version the schema is at. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new SQLException("The database has no Flyway history: not a Lekwacht database");
            }
            return rs.getString(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(BackupTables::quoted).toList());
    }
}
