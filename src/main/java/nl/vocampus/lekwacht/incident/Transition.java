package nl.vocampus.lekwacht.incident;

import nl.vocampus.lekwacht.problem.Problem;
import nl.vocampus.lekwacht.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status flow REPORTED → ASSESSING → DECIDED → CLOSED, with reopen back to ASSESSING. Every
 * service that changes an incident's status checks here first, so a refused move is one 409 that
 * names the current status and what is allowed from it.
 */
public enum Transition {
    /** Recording (or replacing) the assessment; the first one starts ASSESSING. */
    ASSESS("assess", IncidentStatus.ASSESSING, IncidentStatus.REPORTED, IncidentStatus.ASSESSING),
    DECIDE("decide", IncidentStatus.DECIDED, IncidentStatus.REPORTED, IncidentStatus.ASSESSING),
    CLOSE("close", IncidentStatus.CLOSED, IncidentStatus.DECIDED),
    /** New facts (a key turned out to be exposed): assess and decide again. */
    REOPEN("reopen", IncidentStatus.ASSESSING, IncidentStatus.DECIDED, IncidentStatus.CLOSED);

    private final String action;
    private final IncidentStatus to;
    private final Set<IncidentStatus> from;

    Transition(String action, IncidentStatus to, IncidentStatus first, IncidentStatus... more) {
        this.action = action;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public String action() {
        return action;
    }

    public IncidentStatus to() {
        return to;
    }

    public boolean allowedFrom(IncidentStatus status) {
        return from.contains(status);
    }

    /** What can be done from {@code status}. */
    public static List<Transition> from(IncidentStatus status) {
        return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
    }

    /** Throws a 409 naming the current status and the allowed moves when this transition is not allowed. */
    public void check(Incident incident) {
        if (allowedFrom(incident.status)) {
            return;
        }
        List<Transition> allowed = from(incident.status);
        String detail = "Incident " + incident.reference + " is " + incident.status + hint(incident.status) + ": "
                + action + " is allowed only from " + from.stream().map(Enum::name).collect(Collectors.joining(" or "))
                + ". Allowed from " + incident.status + ": "
                + allowed.stream().map(t -> t.action + " (→ " + t.to + ")").collect(Collectors.joining(", "));
        throw ProblemException.illegalTransition(detail, incident.status.name(),
                allowed.stream().map(t -> new Problem.AllowedTransition(t.action, t.to.name())).toList());
    }

    private static String hint(IncidentStatus status) {
        return switch (status) {
            case DECIDED -> " (it has a decision already)";
            case CLOSED -> " (it is closed)";
            default -> "";
        };
    }
}
