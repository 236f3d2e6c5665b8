package nl.vocampus.lekwacht.audit;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The reads already recorded in this request: a page that reads an incident's parts one by one is one read. */
@RequestScoped
class AuditedReads {

    private final Set<String> recorded = new HashSet<>();

    boolean first(AuditAction action, UUID incidentId, String schoolCode) {
        return recorded.add(action + "|" + incidentId + "|" + schoolCode);
    }
}
