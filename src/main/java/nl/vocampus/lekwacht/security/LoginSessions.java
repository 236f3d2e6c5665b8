package nl.vocampus.lekwacht.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Form-login sessions kept in the database, so that logging out ends them on every replica.
 *
 * <p>Quarkus's form login keeps the user name in an encrypted, stateless cookie that stays valid until its idle
 * timeout, whatever happens at logout. So a successful form login also opens a session here and gives the browser
 * its random token in a second cookie; every request restored from the login cookie must bring the token of a
 * session of the same person that has not ended and has not been idle past the login timeout. Logout ends the
 * session, and a copy of both cookies taken before it is refused after it. Only the token's SHA-256 is stored.
 */
@ApplicationScoped
public class LoginSessions {

    /** The companion cookie of quarkus-credential; HttpOnly, SameSite=Lax like it, Secure over HTTPS. */
    public static final String COOKIE = "lekwacht-session";
    /** The identity attribute that holds the hash of the session's token, for logout. */
    public static final String ATTRIBUTE = "lekwacht.session";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration timeout;
    private final Duration touchInterval;

    LoginSessions(AgroalDataSource dataSource, Clock clock, LoginConfig config,
                  @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.timeout = timeout;
        this.touchInterval = config.session().touchInterval();
    }

    /** Opens a session for this person and sets its cookie on the response; returns the stored hash. */
    public String open(String subject, RoutingContext context) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        Instant now = clock.instant();
        update("insert into login_session (token_hash, subject, created_at, last_seen_at) values (?, ?, ?, ?)",
                hash, subject, Timestamp.from(now), Timestamp.from(now));
        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(context)));
        return hash;
    }

    /**
     * The hash of the session this request's cookie names, when it is this person's, has not ended and has not been
     * idle past the login timeout; its last use is written at most once per touch interval.
     */
    public Optional<String> current(String subject, RoutingContext context) {
        Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        String hash = hash(cookie.getValue());
        Instant now = clock.instant();
        Instant lastSeen;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select last_seen_at from login_session where token_hash = ? and subject = ? and ended_at is null")) {
            select.setString(1, hash);
            select.setString(2, subject);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                lastSeen = rs.getTimestamp(1).toInstant();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        if (lastSeen.plus(timeout).isBefore(now)) {
            return Optional.empty();
        }
        if (lastSeen.plus(touchInterval).isBefore(now)) {
            update("update login_session set last_seen_at = ? where token_hash = ? and last_seen_at < ?",
                    Timestamp.from(now), hash, Timestamp.from(now));
        }
        return Optional.of(hash);
    }

    /** Ends the session: its cookies stop working on every replica. */
    public void end(String hash, RoutingContext context) {
        if (hash != null) {
            update("update login_session set ended_at = ? where token_hash = ? and ended_at is null",
                    Timestamp.from(clock.instant()), hash);
        }
        if (context != null) {
            context.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(secure(context)));
        }
    }

    /** Deletes sessions that ended or have been idle past the login timeout: they can never be used again. */
    @Scheduled(identity = "login-session-cleanup", every = "{lekwacht.login.session.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        deleteExpired(clock.instant());
    }

    public int deleteExpired(Instant now) {
        return update("delete from login_session where ended_at is not null or last_seen_at < ?",
                Timestamp.from(now.minus(timeout)));
    }

    /** Over HTTPS, also as a proxy reports it (quarkus.http.proxy.*), the cookie is only sent back over HTTPS. */
    static boolean secure(RoutingContext context) {
        return "https".equalsIgnoreCase(context.request().scheme());
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("login session store failed (SQLState " + e.getSQLState() + ")", e);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
