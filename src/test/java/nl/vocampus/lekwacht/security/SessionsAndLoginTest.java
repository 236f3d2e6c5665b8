package nl.vocampus.lekwacht.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SessionsAndLoginTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    LoginSessions sessions;

    private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static String csrf(String html) {
        java.util.regex.Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long auditHead() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select coalesce(max(position), 0) from audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many audit records of each action name {@code actor} after position {@code after}. */
    private Map<String, Integer> auditActionsSince(long after, String actor) throws SQLException {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement p = c.prepareStatement(
                "select action, count(*) from audit_record where position > ? and actor_name = ? group by action")) {
            p.setLong(1, after);
            p.setString(2, actor);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    @BeforeEach
    void noSessionsNoFailures() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate login_session, login_throttle");
        }
        ThrottleEvents.seen.clear();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The login's cookies, as a copy someone took of them. */
    private static Map<String, String> loginCookies(String user) {
        Response login = RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", "demo").post("/j_security_check");
        assertEquals(302, login.statusCode());
        return login.detailedCookies().asList().stream()
                .filter(c -> c.getName().equals("quarkus-credential") || c.getName().equals(LoginSessions.COOKIE))
                .collect(Collectors.toMap(io.restassured.http.Cookie::getName, io.restassured.http.Cookie::getValue));
    }

    private static Response page(Map<String, String> cookies, String path) {
        return RestAssured.given().redirects().follow(false).cookies(cookies).get(path);
    }

    /** Logs out as the browser holding these cookies does: the logout form of a page, with its CSRF token. */
    private static void logout(Map<String, String> cookies) {
        Response page = page(cookies, "/melden");
        Map<String, String> withCsrf = new java.util.HashMap<>(cookies);
        withCsrf.putAll(page.cookies());
        RestAssured.given().redirects().follow(false).cookies(withCsrf).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrf(page.asString())).post("/logout").then().statusCode(303);
    }

    private static Response login(String user, String password) {
        return RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    @Nested
    class Logout {

        @Test
        void aCopyOfTheCookiesTakenBeforeLogoutIsRefusedAfterIt() {
            Map<String, String> copy = loginCookies(STAFF);
            page(copy, "/melden").then().statusCode(200);
            logout(copy);

            page(copy, "/melden").then().statusCode(302).header("Location", endsWith("/login"));
            page(copy, "/meldingen").then().statusCode(302).header("Location", endsWith("/login"));
        }

        @Test
        void loggingOutEndsOnlyThatSession() {
            Map<String, String> laptop = loginCookies(STAFF);
            Map<String, String> phone = loginCookies(STAFF);
            logout(laptop);
            page(laptop, "/melden").then().statusCode(302);
            page(phone, "/melden").then().statusCode(200);
        }

        @Test
        void theLoginCookieAloneIsNoSession() {
            Map<String, String> copy = loginCookies(STAFF);
            page(Map.of("quarkus-credential", copy.get("quarkus-credential")), "/melden")
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }

        @Test
        void anotherUsersSessionCookieDoesNotFit() {
            Map<String, String> staff = loginCookies(STAFF);
            Map<String, String> manager = loginCookies("leidinggevende");
            page(Map.of("quarkus-credential", staff.get("quarkus-credential"), LoginSessions.COOKIE, manager.get(LoginSessions.COOKIE)),
                    "/melden").then().statusCode(302);
        }

        @Test
        void aSessionIdlePastTheTimeoutEndsAndIsCleanedUp() throws SQLException {
            clock.set(java.time.Instant.parse("2026-03-02T09:00:00Z"));
            Map<String, String> copy = loginCookies(STAFF);
            clock.advance(Duration.ofMinutes(29));
            page(copy, "/melden").then().statusCode(200);
            // Used at 09:29: idle from then on.
            clock.advance(Duration.ofMinutes(29));
            page(copy, "/melden").then().statusCode(200);
            clock.advance(Duration.ofMinutes(31));
            page(copy, "/melden").then().statusCode(302);
            assertEquals(1, sessions.deleteExpired(clock.instant()));
            assertEquals(0, rows("login_session"));
        }
    }

    @Nested
    class Throttling {

        @Test
        void fiveWrongPasswordsLockTheUserNameEvenForTheRightOne() throws SQLException {
            long auditBefore = auditHead();
            for (int i = 0; i < 4; i++) {
                login(STAFF, "wrong").then().statusCode(302).header("Location", endsWith("/login?fout=1"));
            }
            login(STAFF, "demo").then().statusCode(302).header("Location", not(containsString("fout")));
            for (int i = 0; i < 5; i++) {
                login(STAFF, "wrong").then().statusCode(302).header("Location", endsWith("/login?fout=1"));
            }
            login(STAFF, "demo").then().statusCode(302).header("Location", endsWith("/login?fout=geblokkeerd"));
            RestAssured.given().get("/login?fout=geblokkeerd").then().statusCode(200)
                    .body(containsString("Inloggen is daarom tijdelijk geblokkeerd, ook met het juiste wachtwoord. Probeer het over 15 minuten opnieuw."))
                    .body(not(containsString("De gebruikersnaam of het wachtwoord klopt niet.")));
            RestAssured.given().header("Accept-Language", "en").get("/login?fout=geblokkeerd").then().statusCode(200)
                    .body(containsString("logging in is blocked for a while, even with the right password. Please try again in 15 minutes."));
            // Basic on the API is the same password: locked there too.
            RestAssured.given().auth().preemptive().basic(STAFF, "demo").get("/api/incidents").then().statusCode(401);
            // Someone else from the same address still logs in.
            login("leidinggevende", "demo").then().statusCode(302).header("Location", not(containsString("fout")));

            assertEquals(List.of(LoginThrottle.Kind.USER), ThrottleEvents.seen.stream().map(LoginThrottled::kind).toList());
            assertEquals(STAFF, ThrottleEvents.seen.get(0).username());
            // Nine wrong passwords and the right one refused while locked; the lock itself; the one login that passed.
            assertEquals(Map.of("LOGIN_FAILED", 10, "LOGIN_THROTTLED", 1, "LOGIN", 1), auditActionsSince(auditBefore, STAFF));
        }

        @Test
        void theLockEndsAfterTheLockout() {
            clock.set(java.time.Instant.parse("2026-03-02T09:00:00Z"));
            for (int i = 0; i < 5; i++) {
                login(STAFF, "wrong");
            }
            clock.advance(Duration.ofMinutes(14));
            login(STAFF, "demo").then().header("Location", endsWith("/login?fout=geblokkeerd"));
            clock.advance(Duration.ofMinutes(2));
            login(STAFF, "demo").then().statusCode(302).header("Location", not(containsString("fout")));
        }

        @Test
        void failuresOutsideTheWindowDoNotAddUp() {
            clock.set(java.time.Instant.parse("2026-03-02T09:00:00Z"));
            for (int i = 0; i < 4; i++) {
                login(STAFF, "wrong");
            }
            clock.advance(Duration.ofMinutes(16));
            login(STAFF, "wrong");
            login(STAFF, "demo").then().statusCode(302).header("Location", not(containsString("fout")));
        }

        @Test
        void manyFailuresFromOneAddressLockItForEveryone() {
            for (int i = 0; i < 20; i++) {
                login("guess" + i, "wrong").then().header("Location", endsWith("/login?fout=1"));
            }
            login("leidinggevende", "demo").then().statusCode(302).header("Location", endsWith("/login?fout=geblokkeerd"));
            assertEquals(1, ThrottleEvents.seen.stream().filter(e -> e.kind() == LoginThrottle.Kind.ADDRESS).count());
        }
    }
}
