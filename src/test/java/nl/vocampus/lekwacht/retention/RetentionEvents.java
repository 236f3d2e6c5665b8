package nl.vocampus.lekwacht.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the retention run's events, as the audit trail will observe them. */
@ApplicationScoped
public class RetentionEvents {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    /** What was fired since the last {@link #clear()}, in order (a method: the test holds a client proxy). */
    public List<Object> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }

    void pseudonymised(@Observes IncidentPseudonymised event) {
        seen.add(event);
    }

    void deleted(@Observes IncidentDeleted event) {
        seen.add(event);
    }
}
