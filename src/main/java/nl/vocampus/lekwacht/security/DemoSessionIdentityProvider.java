package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.LekwachtConfig;

/**
 * Restores a demo user from the encrypted form-login cookie (the cookie carries only the user name,
 * so the roles are looked up again on every request). Refuses everyone when demo mode is off.
 */
@ApplicationScoped
public class DemoSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final boolean enabled;

    DemoSessionIdentityProvider(LekwachtConfig config) {
        this.enabled = config.demo().enabled();
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity identity = enabled ? DemoUsers.identity(request.getPrincipal()).orElse(null) : null;
        return identity == null
                ? Uni.createFrom().failure(new AuthenticationFailedException())
                : Uni.createFrom().item(identity);
    }
}
