package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;

/** Who is asking, and how much of the incident list they may see. */
@RequestScoped
public class CurrentUser {

    /** The claims of an Entra ID token that hold a person's address, in the order they are trusted. */
    private static final List<String> MAILBOX_CLAIMS = List.of("email", "upn", "preferred_username");

    private final SecurityIdentity identity;
    private final String userDomain;

    CurrentUser(SecurityIdentity identity, LekwachtConfig config) {
        this.identity = identity;
        this.userDomain = config.mail().userDomain();
    }

    /**
     * Where a receipt can reach this person. A token names the person's address in one of its claims; an
     * application's token (client credentials) has none, and then there is no mailbox. A user name without a
     * domain (demo users, Basic) lives in the configured user domain.
     */
    public Optional<String> mailbox() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return MAILBOX_CLAIMS.stream().map(token::getClaim).filter(String.class::isInstance).map(String.class::cast)
                    .filter(address -> address.contains("@")).findFirst();
        }
        String name = name();
        Optional<String> demo = DemoUsers.named(name).map(DemoUsers.DemoUser::email);
        return demo.isPresent() ? demo : Optional.of(name.contains("@") ? name : name + "@" + userDomain);
    }

    /**
     * The sign-in name; for an application's token, which has no user name, its object id (or subject), so
     * that what it reports is still attributed to someone.
     */
    public String name() {
        String name = identity.getPrincipal().getName();
        if ((name == null || name.isBlank()) && identity.getPrincipal() instanceof JsonWebToken token) {
            Object oid = token.getClaim("oid");
            return oid instanceof String id && !id.isBlank() ? id : token.getSubject();
        }
        return name;
    }

    /**
     * Why a message could not be delivered (the mail server's own text, which may name addresses and
     * hosts) is for the privacy officer and the FG, who deal with it; staff and the leidinggevende see
     * that a step failed, not why.
     */
    public boolean seesDeliveryErrors() {
        return identity.hasRole(Roles.PRIVACY_OFFICER) || identity.hasRole(Roles.DPO);
    }

    /** The identity provider's stable id: what reports are attributed to and the directory is keyed by. */
    public String subject() {
        String subject = Subjects.of(identity);
        return subject == null ? "" : subject;
    }

    /** Which incidents this person sees and handles ({@link DirectoryRoles} put it on the identity). */
    public Access access() {
        Access access = identity.getAttribute(Access.ATTRIBUTE);
        return access != null ? access : Access.ownReportsOnly(subject());
    }

    /** Sees more than their own reports. */
    public boolean readsOthers() {
        return access().readsOthers();
    }
}
