package nl.vocampus.lekwacht.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.common.LekwachtConfig;
import nl.vocampus.lekwacht.security.LoginConfig;
import nl.vocampus.lekwacht.security.LoginSessions;
import nl.vocampus.lekwacht.security.OidcSessions;
import nl.vocampus.lekwacht.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * Logging in and out. Form login (j_security_check) is handled by Quarkus; this renders its pages.
 * With OIDC configured, /login also offers the Microsoft 365 login, which any protected page starts.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    /** quarkus.oidc.logout.path: OIDC ends its own session there and returns to /login?uit=1. */
    static final String OIDC_LOGOUT = "/logout/oidc";
    /** ?fout= value of PageAuthenticationChallenge.THROTTLED_PAGE. */
    static final String THROTTLED = "geblokkeerd";

    private final Pages pages;
    private final SecurityIdentity identity;
    private final boolean demo;
    private final boolean oidc;
    private final LoginSessions sessions;
    private final OidcSessions oidcSessions;
    private final long lockoutMinutes;
    private final AuditTrail audit;

    LoginPage(Pages pages, SecurityIdentity identity, LekwachtConfig config, LoginSessions sessions, OidcSessions oidcSessions, LoginConfig login,
              @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean oidc, AuditTrail audit) {
        this.audit = audit;
        this.pages = pages;
        this.identity = identity;
        this.demo = config.demo().enabled();
        this.oidc = oidc;
        this.sessions = sessions;
        this.oidcSessions = oidcSessions;
        this.lockoutMinutes = Math.max(1, login.throttle().lockout().toMinutes());
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@RestQuery String fout, @RestQuery String uit) {
        PageContext page = pages.context(pages.msg().login_title(), PageContext.Nav.NONE);
        boolean throttled = THROTTLED.equals(fout);
        return pages.localized(Templates.login(page, fout != null && !throttled, throttled, lockoutMinutes, uit != null, demo || !oidc, demo, oidc));
    }

    /** The landing page after login; a functioneel beheerder without an incident role lands on the admin pages. */
    @GET
    @jakarta.annotation.security.RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.MANAGEMENT, Roles.PRIVACY_OFFICER, Roles.DPO, Roles.ADMIN})
    public Response home() {
        boolean officer = identity.hasRole(Roles.PRIVACY_OFFICER);
        boolean adminOnly = identity.hasRole(Roles.ADMIN) && java.util.Arrays.stream(Roles.ANY).noneMatch(identity::hasRole);
        return Response.seeOther(URI.create(officer ? "/dashboard" : adminOnly ? "/beheer" : "/melden")).build();
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        audit.record(AuditAction.LOGOUT, null, null);
        if (identity.getCredential(IdTokenCredential.class) != null) {
            // Ends the session here first: a copy of its cookie taken before logout is refused from now on.
            oidcSessions.end(identity);
            return Response.seeOther(URI.create(OIDC_LOGOUT)).build();
        }
        FormAuthenticationMechanism.logout(identity);
        // The login cookie only says who; the session it belongs to ends here, so a copy of it is refused from now on.
        sessions.end(identity.getAttribute(LoginSessions.ATTRIBUTE), HttpSecurityUtils.getRoutingContextAttribute(identity));
        return Response.seeOther(URI.create("/login?uit=1")).build();
    }
}
