package nl.vocampus.lekwacht.people;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.security.DemoUsers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * In demo mode, a second school (DEMO, "Demo College") and the demo users in the directory, so need to know can
 * be seen by trying: each demo user holds their role at their own school only. Idempotent, and safe for several
 * nodes starting at once; it fills in what is missing and leaves what someone changed since.
 */
@ApplicationScoped
public class DemoDirectory {

    static final String SCHOOL = "DEMO";

    private static final String DEMO_SCHOOL = """
            insert into school (code, name, foundation) values ('DEMO', 'Demo College', 'Stichting voCampus')
            on conflict (code) do nothing""";
    /** The demo school escalates as SSgN does. */
    private static final String DEMO_LADDER = """
            insert into escalation_plan_step (school_id, after_minutes, kind, audience)
            select d.id, p.after_minutes, p.kind, p.audience
            from school d, escalation_plan_step p join school s on s.id = p.school_id and s.code = 'SSGN'
            where d.code = 'DEMO'
            on conflict (school_id, after_minutes) do nothing""";
    private static final String PERSON = """
            insert into person (school_id, subject, sign_in_name, name, email, roles, default_manager)
            select s.id, ?, ?, ?, ?, ?::varchar(32)[], ? from school s where s.code = ?
            on conflict (school_id, lower(email)) do update
            set subject = coalesce(person.subject, excluded.subject),
                sign_in_name = coalesce(person.sign_in_name, excluded.sign_in_name)""";

    private final AgroalDataSource dataSource;
    private final boolean demo;

    DemoDirectory(AgroalDataSource dataSource, LekwachtConfig config) {
        this.dataSource = dataSource;
        this.demo = config.demo().enabled();
    }

    void seed(@Observes StartupEvent event) {
        if (!demo) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(DEMO_SCHOOL);
                s.execute(DEMO_LADDER);
            }
            try (PreparedStatement s = c.prepareStatement(PERSON)) {
                for (DemoUsers.DemoUser user : DemoUsers.ALL) {
                    if (user.school() != null) {
                        add(s, user.username(), user.name(), user.email(), user.roles().toArray(String[]::new), user.defaultManager(), user.school());
                    }
                }
                // People who are mailed but have no demo login: a second leidinggevende at SSgN to choose, a directie at DEMO.
                add(s, null, "Afdelingsleider bovenbouw SSgN", "afdelingsleider@ssgn.example", new String[]{SchoolRole.MANAGER.role()}, false, "SSGN");
                add(s, null, "Directie Demo College", "directie@demo.example", new String[]{SchoolRole.MANAGEMENT.role()}, false, SCHOOL);
                s.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the demo directory", e);
        }
    }

    private static void add(PreparedStatement s, String username, String name, String email, String[] roles, boolean defaultManager,
                            String school) throws SQLException {
        s.setString(1, username);
        s.setString(2, username);
        s.setString(3, name);
        s.setString(4, email);
        s.setArray(5, s.getConnection().createArrayOf("varchar", roles));
        s.setBoolean(6, defaultManager);
        s.setString(7, school);
        s.addBatch();
    }
}
