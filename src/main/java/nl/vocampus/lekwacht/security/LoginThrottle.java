package nl.vocampus.lekwacht.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses logins for a user name or from an address after repeated failures ({@code lekwacht.login.throttle.*}),
 * for every replica alike: the counts are rows in the database, raised in one statement each. While a key is locked
 * even the right password is refused, so guessing gains nothing from the lock's end being near. When a lock starts a
 * {@link LoginThrottled} event is fired, once per lock, for the audit trail.
 */
@ApplicationScoped
public class LoginThrottle {

    /** What a failure is counted against. */
    public enum Kind { USER, ADDRESS }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final LoginConfig.Throttle config;
    private final Event<LoginThrottled> throttled;

    LoginThrottle(AgroalDataSource dataSource, Clock clock, LoginConfig config, Event<LoginThrottled> throttled) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config.throttle();
        this.throttled = throttled;
    }

    /**
     * What the counts say about a login now: the lock that refuses it, if any (the user name's first, else the
     * address's), and whether the user name has failures that a success must forget. One query, so a Basic request
     * to the API costs one round trip more.
     */
    public Check check(String username, String address) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                select kind, locked_until > ? from login_throttle
                where (kind = 'USER' and key = ?) or (kind = 'ADDRESS' and key = ?) order by kind desc""")) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setString(2, userKey(username));
            select.setString(3, address);
            Kind lock = null;
            boolean userFailures = false;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Kind kind = Kind.valueOf(rs.getString(1));
                    userFailures |= kind == Kind.USER;
                    if (lock == null && rs.getBoolean(2)) {
                        lock = kind;
                    }
                }
            }
            return new Check(Optional.ofNullable(lock), userFailures);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** See {@link #check}. */
    public record Check(Optional<Kind> lock, boolean userFailures) {
    }

    /** Counts a failed login against the user name and the address; either may start a lock. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(Kind.USER, userKey(username), config.maxFailuresPerUser(), now, username, address);
        if (address != null) {
            count(Kind.ADDRESS, address, config.maxFailuresPerAddress(), now, username, address);
        }
    }

    /** A successful login forgets the user name's failures (not the address's: others may be guessing from it). */
    public void succeeded(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from login_throttle where kind = 'USER' and key = ?")) {
            delete.setString(1, userKey(username));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void count(Kind kind, String key, int max, Instant now, String username, String address) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowOpen = Timestamp.from(now.minus(config.window()));
        Timestamp lockEnd = Timestamp.from(now.plus(config.lockout()));
        // A window that has passed, or a lock that has, starts the count again at one; reaching the limit locks the
        // key, and only the failure that reaches it reports that a lock started. Failures while locked are not counted.
        String restart = "(t.window_start < ? or t.locked_until is not null)";
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                insert into login_throttle as t (kind, key, failures, window_start, locked_until)
                values (?, ?, 1, ?, case when 1 >= ? then ?::timestamptz end)
                on conflict (kind, key) do update set
                    failures = case when %1$s then 1 else t.failures + 1 end,
                    window_start = case when %1$s then excluded.window_start else t.window_start end,
                    locked_until = case when (case when %1$s then 1 else t.failures + 1 end) >= ? then ?::timestamptz end
                where t.locked_until is null or t.locked_until <= ?
                returning failures""".formatted(restart))) {
            upsert.setString(1, kind.name());
            upsert.setString(2, key);
            upsert.setTimestamp(3, at);
            upsert.setInt(4, max);
            upsert.setTimestamp(5, lockEnd);
            upsert.setTimestamp(6, windowOpen);
            upsert.setTimestamp(7, windowOpen);
            upsert.setTimestamp(8, windowOpen);
            upsert.setInt(9, max);
            upsert.setTimestamp(10, lockEnd);
            upsert.setTimestamp(11, at);
            try (ResultSet rs = upsert.executeQuery()) {
                if (rs.next() && rs.getInt(1) == max) {
                    throttled.fire(new LoginThrottled(kind, username, address, now, now.plus(config.lockout())));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Deletes counts whose window and lock have both passed. */
    @Scheduled(identity = "login-throttle-cleanup", every = "{lekwacht.login.session.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cleanup() {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(config.window())));
            delete.setTimestamp(2, Timestamp.from(now));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** User names are compared as typed but for case, so "Medewerker" counts against "medewerker". */
    private static String userKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("login throttle store failed (SQLState " + e.getSQLState() + ")", e);
    }
}
