package nl.vocampus.lekwacht.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Logout ends a Microsoft 365 (OIDC code flow) session on the server too. quarkus-oidc keeps the session's tokens in
 * its encrypted cookie, which would otherwise keep working until the tokens expire, whatever logout did; so logout
 * records the session here (by the ID token's {@code sid}, which stays the same when the tokens are refreshed), and
 * every code-flow request of an ended session is refused, on every replica: the browser is sent to sign in again.
 * Bearer tokens on the API carry no ID token and are not affected (they expire on their own).
 */
@ApplicationScoped
public class OidcSessions implements SecurityIdentityAugmentor {

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration retention;

    OidcSessions(AgroalDataSource dataSource, Clock clock, LoginConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.retention = config.session().endedOidcRetention();
    }

    /** Ends the code-flow session of this identity, if it has one. */
    public void end(SecurityIdentity identity) {
        String key = key(identity);
        if (key == null) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into ended_oidc_session (session_key, ended_at) values (?, ?) on conflict do nothing")) {
            insert.setString(1, key);
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String key = identity.isAnonymous() ? null : key(identity);
        if (key == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (ended(key)) {
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }

    private boolean ended(String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select 1 from ended_oidc_session where session_key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
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
