package nl.vocampus.lekwacht.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every @QuarkusTest class starts from the database as the migrations leave it: before the first test of a
 * class, every application table is emptied and the rows the migrations and demo mode seeded (schools, people, the
 * escalation ladder) are put back with their original ids. So no test has to pick dates or months to stay
 * out of another class's way.
 *
 * <p>The seeded rows are copied once per database into the schema {@code test_seed}, before any test ran.
 * Quartz's tables, Flyway's history and the change counter are left alone; the counter is raised instead. Sequences are not restarted: they only ever move on,
 * so the restored rows keep their ids and new rows never meet an id Hibernate already handed out.
 */
public class KnownState implements QuarkusTestBeforeEachCallback {

    private static final String SEED = "test_seed";
    private static Class<?> lastClass;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Class<?> testClass = context.getTestInstance().getClass();
        if (testClass == lastClass) {
            return;
        }
        lastClass = testClass;
        reset();
    }

    /** Empties every application table and restores the seeded rows. */
    public static synchronized void reset() {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = applicationTables(s);
            if (!seedExists(s)) {
                s.execute("create schema " + SEED);
                for (String table : tables) {
                    s.execute("create table " + SEED + "." + table + " as table public." + table);
                }
            }
            // As a replica would: no foreign-key or trigger checks, so the order of the tables does not matter, and the
            // audit trail's append-only trigger (which refuses TRUNCATE to the application) lets the table owner empty it.
            s.execute("set session_replication_role = replica");
            try {
                s.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + t).toList()) + " cascade");
                for (String table : tables) {
                    s.execute("insert into public." + table + " overriding system value select * from " + SEED + "." + table);
                }
            } finally {
                s.execute("set session_replication_role = origin");
            }
            // The change counter only ever moves on, as in production: caches keyed by it (the deadline board's)
            // must see the reset as a change, never an older version they already built.
            s.execute("update change_version set version = version + 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the test database", e);
        }
    }

    private static List<String> applicationTables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select tablename from pg_tables where schemaname = 'public'
                and tablename not like 'qrtz%' and tablename not in ('flyway_schema_history', 'change_version')
                order by tablename""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static boolean seedExists(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select 1 from pg_namespace where nspname = '" + SEED + "'")) {
            return rs.next();
        }
    }
}
