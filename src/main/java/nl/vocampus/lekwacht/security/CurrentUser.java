package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is asking, and how much of the incident list they may see. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    /**
     * Why a message could not be delivered (the mail server's own text, which may name addresses and
     * hosts) is for the privacy officer and the FG, who deal with it; staff and the leidinggevende see
     * that a step failed, not why.
     */
    public boolean seesDeliveryErrors() {
        return identity.hasRole(Roles.PRIVACY_OFFICER) || identity.hasRole(Roles.DPO);
    }

    /** Privacy officer, FG and leidinggevende see every report; staff see only their own. */
    public boolean seesAllIncidents() {
        return identity.hasRole(Roles.PRIVACY_OFFICER) || identity.hasRole(Roles.DPO) || identity.hasRole(Roles.MANAGER);
    }
}
