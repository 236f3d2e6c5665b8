package nl.vocampus.lekwacht.backup;

import java.util.List;

/**
 * The first entry a restore reads: what the archive holds and how to check it. {@code schemaVersion} is the Flyway
 * version the tables were written under; a restore migrates an empty database to exactly that version before loading.
 */
public record BackupManifest(int formatVersion, String schemaVersion, String createdAt, List<Table> tables, List<Sequence> sequences) {

    /** The one format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    /** One table: its columns in the order of the CSV, its row count and the SHA-256 (hex) of its entry. */
    public record Table(String name, List<String> columns, long rows, String sha256) {
        String entry() {
            return "tables/" + name + ".csv";
        }
    }

    /** A sequence's position at the snapshot; null when it never handed out a value. */
    public record Sequence(String name, Long lastValue) {
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
