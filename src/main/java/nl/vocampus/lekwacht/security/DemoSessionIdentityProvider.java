package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;

/**
 * Restores a demo user from the encrypted form-login cookie (the cookie carries only the user name, so the roles are
 * looked up again on every request), provided the request also brings the token of a {@link LoginSessions session}
 * of that user that has not ended. Refuses everyone when demo mode is off.
 */
@ApplicationScoped
public class DemoSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final boolean enabled;
    private final LoginSessions sessions;

    DemoSessionIdentityProvider(LekwachtConfig config, LoginSessions sessions) {
        this.enabled = config.demo().enabled();
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity identity = enabled ? DemoUsers.identity(request.getPrincipal()).orElse(null) : null;
        if (identity == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> sessions.current(identity.getPrincipal().getName(),
                        HttpSecurityUtils.getRoutingContextAttribute(request))
                .map(session -> (SecurityIdentity) QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(LoginSessions.ATTRIBUTE, session).build())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
