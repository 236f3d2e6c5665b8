package nl.vocampus.lekwacht.security;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Form login: when repeated failures lock a user name or an address, and how sessions are kept. */
@ConfigMapping(prefix = "lekwacht.login")
public interface LoginConfig {

    Throttle throttle();

    Session session();

    interface Throttle {
        /** Failed logins for one user name within {@link #window()} that lock it. */
        int maxFailuresPerUser();

        /**
         * Failed logins from one address within {@link #window()} that lock it; higher than per user, since a school's
         * staff often share one public address.
         */
        int maxFailuresPerAddress();

        /** How long failures are counted together. */
        Duration window();

        /** How long a locked user name or address is refused, even with the right password. */
        Duration lockout();
    }

    interface Session {
        /**
         * How often a session's last use is written: not on every request, which would cost a write each. A session
         * idle for {@code quarkus.http.auth.form.timeout} ends; this interval is the slack on that.
         */
        Duration touchInterval();

        /** How often ended and expired sessions and old login failures are deleted. */
        Duration cleanupInterval();

        /**
         * How long an ended Microsoft 365 session is remembered: at least as long as its cookie could still be valid
         * (the ID token's lifetime, longer when refresh tokens extend the session).
         */
        Duration endedOidcRetention();
    }
}
