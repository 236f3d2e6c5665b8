package nl.vocampus.lekwacht.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the {@link LoginThrottled} events, the seam the audit trail observes. */
@ApplicationScoped
public class ThrottleEvents {

    /** Static: a field read through the bean's client proxy would be the proxy's own, always empty. */
    static final List<LoginThrottled> seen = new CopyOnWriteArrayList<>();

    void on(@Observes LoginThrottled event) {
        seen.add(event);
    }
}
