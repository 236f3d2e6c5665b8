package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;

/**
 * The cause of an {@link AuthenticationFailedException} for a login refused because its user name or address is
 * locked after repeated failures; the login page says so instead of "wrong password".
 */
public class LoginThrottledException extends RuntimeException {

    LoginThrottledException() {
        super("login throttled", null, false, false);
    }

    static AuthenticationFailedException refusal() {
        return new AuthenticationFailedException(new LoginThrottledException());
    }
}
