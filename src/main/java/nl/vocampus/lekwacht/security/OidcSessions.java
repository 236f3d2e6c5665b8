package nl.vocampus.lekwacht.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logout ends a Microsoft 365 (OIDC code flow) session on the server too. quarkus-oidc keeps the session's tokens in
 * its encrypted cookie, which would otherwise keep working until the tokens expire, whatever logout did; so logout
 * records the session here (by the ID token's {@code sid}, which stays the same when the tokens are refreshed), and
 * every code-flow request with an ID token of that session from before its end is refused (401), on every replica.
 * Bearer tokens on the API carry no ID token and are not affected (they expire on their own).
 */
@ApplicationScoped
public class OidcSessions implements SecurityIdentityAugmentor {

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration retention;
    private final Optional<String> logoutPath;

    OidcSessions(AgroalDataSource dataSource, Clock clock, LoginConfig config,
                 @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.retention = config.session().endedOidcRetention();
        this.logoutPath = logoutPath;
    }

    /** Ends the code-flow session of this identity, if it has one. */
    public void end(SecurityIdentity identity) {
        String key = key(identity);
        if (key == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into ended_oidc_session as e (session_key, ended_at) values (?, ?) "
                        + "on conflict (session_key) do update set ended_at = excluded.ended_at")) {
            insert.setString(1, key);
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Refuses an ID token of an ended session that was issued before the session ended: the copy of a cookie from
     * before logout. One issued after it is a new sign-in (the provider may keep its session, and with it the sid,
     * when its own logout did not happen) and passes. The provider's logout path itself passes too: it needs the
     * session's ID token to end the provider's session.
     */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String key = identity.isAnonymous() ? null : key(identity);
        if (key == null || loggingOut(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Instant ended = endedAt(key);
            if (ended != null && !issuedAt(identity).isAfter(ended)) {
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }

    private boolean loggingOut(SecurityIdentity identity) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(identity);
        return context != null && logoutPath.isPresent() && logoutPath.get().equals(context.normalizedPath());
    }

    private static Instant issuedAt(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0
                ? Instant.ofEpochSecond(token.getIssuedAtTime()) : Instant.EPOCH;
    }

    private Instant endedAt(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select ended_at from ended_oidc_session where session_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The provider's session id, else the ID token itself (hashed); null without a code-flow ID token. */
    static String key(SecurityIdentity identity) {
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null || idToken.getToken() == null) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("sid") instanceof String sid && !sid.isBlank()) {
            return "sid:" + token.getIssuer() + " " + sid;
        }
        return "token:" + LoginSessions.hash(idToken.getToken());
    }

    /** Forgets sessions ended longer ago than any of their cookies can live. */
    @Scheduled(identity = "oidc-session-cleanup", every = "{lekwacht.login.session.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from ended_oidc_session where ended_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("OIDC session store failed (SQLState " + e.getSQLState() + ")", e);
    }
}
