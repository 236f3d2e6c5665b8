package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A person's stable id, which an administrator cannot rename away: Entra's oid, else the token's sub. */
public final class Subjects {

    private Subjects() {
    }

    /**
     * The {@code oid} claim, else {@code sub}; for a demo user (form login or Basic) the user name, which is fixed.
     */
    public static String of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object oid = token.getClaim("oid");
            if (oid instanceof String id && !id.isBlank()) {
                return id;
            }
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
