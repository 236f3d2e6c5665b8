package nl.vocampus.lekwacht.security;

import java.time.Instant;

/**
 * A CDI event: repeated failed logins locked a user name or an address until {@code until}. Fired once per lock, on
 * the failure that starts it; an observer writes it to the audit trail. The user name is as typed (it may name nobody).
 */
public record LoginThrottled(LoginThrottle.Kind kind, String username, String address, Instant at, Instant until) {
}
