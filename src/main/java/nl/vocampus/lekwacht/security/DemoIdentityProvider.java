package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.audit.SignInAudit;
import nl.vocampus.lekwacht.common.LekwachtConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the demo users' passwords (form login and HTTP Basic); refuses everyone when demo mode is off. A user name
 * or address locked by {@link LoginThrottle} is refused before the password is looked at; a form login that
 * succeeds opens a {@link LoginSessions session}.
 */
@ApplicationScoped
public class DemoIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** quarkus.http.auth.form.post-location */
    private static final String FORM_POST = "/j_security_check";

    private final boolean enabled;
    private final LoginThrottle throttle;
    private final LoginSessions sessions;
    private final SignInAudit signIns;

    DemoIdentityProvider(LekwachtConfig config, LoginThrottle throttle, LoginSessions sessions, SignInAudit signIns) {
        this.enabled = config.demo().enabled();
        this.throttle = throttle;
        this.sessions = sessions;
        this.signIns = signIns;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        String address = address(http);
        return context.runBlocking(() -> {
            LoginThrottle.Check counts = throttle.check(username, address);
            if (counts.lock().isPresent()) {
                signIns.refused(username, request.getAttributes());
                throw LoginThrottledException.refusal();
            }
            SecurityIdentity identity = DemoUsers.identity(username).orElse(null);
            boolean passwordMatches = MessageDigest.isEqual(
                    new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8),
                    DemoUsers.PASSWORD.getBytes(StandardCharsets.UTF_8));
            if (identity == null || !passwordMatches) {
                throttle.failed(username, address);
                signIns.refused(username, request.getAttributes());
                throw new AuthenticationFailedException();
            }
            if (counts.userFailures()) {
                throttle.succeeded(username);
            }
            if (http == null || !isFormLogin(http)) {
                return identity;
            }
            String session = sessions.open(identity.getPrincipal().getName(), http);
            return QuarkusSecurityIdentity.builder(identity).addAttribute(LoginSessions.ATTRIBUTE, session).build();
        });
    }

    private static boolean isFormLogin(RoutingContext http) {
        return http.request().method() == HttpMethod.POST && http.normalizedPath().endsWith(FORM_POST);
    }

    /** The client's address, as the proxy reports it when quarkus.http.proxy.* says to trust it. */
    private static String address(RoutingContext http) {
        SocketAddress remote = http == null ? null : http.request().remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }
}
