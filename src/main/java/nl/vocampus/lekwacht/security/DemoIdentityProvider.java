package nl.vocampus.lekwacht.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.audit.SignInAudit;
import nl.vocampus.lekwacht.common.LekwachtConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the demo users' passwords; refuses everyone when demo mode is off. */
@ApplicationScoped
public class DemoIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final boolean enabled;
    private final SignInAudit signIns;

    DemoIdentityProvider(LekwachtConfig config, SignInAudit signIns) {
        this.enabled = config.demo().enabled();
        this.signIns = signIns;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        SecurityIdentity identity = enabled ? DemoUsers.identity(username).orElse(null) : null;
        boolean passwordMatches = MessageDigest.isEqual(
                new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8),
                DemoUsers.PASSWORD.getBytes(StandardCharsets.UTF_8));
        if (identity == null || !passwordMatches) {
            return context.runBlocking(() -> {
                signIns.refused(username, request.getAttributes());
                throw new AuthenticationFailedException();
            });
        }
        return Uni.createFrom().item(identity);
    }
}
