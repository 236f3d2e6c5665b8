package nl.vocampus.lekwacht.audit;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import nl.vocampus.lekwacht.security.LoginThrottled;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Signing in, in the audit trail: a form login (success and failure, also one refused while throttled), a lock
 * after repeated failures, and a Microsoft 365 (OIDC code flow) login.
 * Quarkus fires no failure event for a refused form login when authentication is not proactive, so the identity
 * provider that checks the password reports a refusal here.
 * Restoring a session from its cookie, and each Basic or bearer call of the API, is no sign-in and is not recorded.
 */
@ApplicationScoped
public class SignInAudit implements SecurityIdentityAugmentor {

    /** Where Quarkus's form login posts. */
    static final String FORM_LOGIN_PATH = "/j_security_check";
    private static final String FORM_USERNAME = "j_username";
    private static final Logger LOG = Logger.getLogger(SignInAudit.class);

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** After the directory's roles are added: the record names the roles the person signed in with. */
    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    /**
     * A successful form login: recorded before the login cookie is set, so a login whose record cannot be written
     * fails.
     */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || !isFormLogin(request)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            trail.recordSignIn(AuditAction.LOGIN, identity, AuditTrail.address(request));
            return identity;
        });
    }

    /**
     * A form login refused (unknown user or wrong password), called by the identity provider that checked it: the
     * name typed, no subject. Nothing is recorded for a refused Basic call of the API.
     */
    public void refused(String attemptedName, Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (isFormLogin(request)) {
            trail.recordAttempt(AuditAction.LOGIN_FAILED, attemptedName, AuditTrail.address(request));
        }
    }

    /** Repeated failures locked a user name or an address: once per lock, beside the failures' own records. */
    void throttled(@Observes LoginThrottled event) {
        trail.recordAttempt(AuditAction.LOGIN_THROTTLED, event.username(), event.address());
    }

    /** A Microsoft 365 login completed (the code flow's return). */
    void oidc(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN || event.getSecurityIdentity() == null) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        try {
            trail.recordSignIn(AuditAction.LOGIN, identity, AuditTrail.address(HttpSecurityUtils.getRoutingContextAttribute(identity)));
        } catch (RuntimeException e) {
            LOG.errorf("A Microsoft 365 login could not be recorded in the audit trail (%s)", e.getClass().getName());
        }
    }

    private static boolean isFormLogin(RoutingContext request) {
        return request != null && request.request().method() == HttpMethod.POST && request.normalizedPath().endsWith(FORM_LOGIN_PATH);
    }
}
