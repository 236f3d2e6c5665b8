package nl.vocampus.lekwacht.backup;

/**
 * A backup or restore that did not complete. Its message names the step and the table and the cause's class and
 * SQLState, never the cause's own message: a failing COPY can quote a row.
 */
public class BackupFailed extends RuntimeException {

    public BackupFailed(String step, Throwable cause) {
        super(step + ": " + describe(cause), cause);
    }

    public BackupFailed(String message) {
        super(message);
    }

    static String describe(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            return cause.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ")";
        }
        return cause.getClass().getSimpleName();
    }
}
