package nl.vocampus.lekwacht.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.people.AccessLookup;

import java.time.Clock;

/**
 * Adds to every signed-in identity the roles the directory of people gives it, and its {@link Access}: what a
 * person is at a school is kept in Lekwacht (the same people it mails), the identity provider only says who
 * they are.
 */
@ApplicationScoped
public class DirectoryRoles implements SecurityIdentityAugmentor {

    private final AccessLookup lookup;
    private final Clock clock;

    DirectoryRoles(AccessLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Access access = lookup.of(Subjects.of(identity), clock.instant());
            return QuarkusSecurityIdentity.builder(identity)
                    .addRoles(access.roles())
                    .addAttribute(Access.ATTRIBUTE, access)
                    .build();
        });
    }
}
