package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentListener;
import nl.vocampus.lekwacht.teams.TeamsChannel;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an incident's escalation steps in the incident's own transaction, and moves or cancels them. A school with a
 * Teams channel gets a Teams step beside the mail for the new report and each rung of {@link StepKind#POSTED_TO_TEAMS}.
 */
@ApplicationScoped
public class EscalationPlanner implements IncidentListener {

    @Override
    public void reported(Incident incident, Instant now) {
        boolean teams = TeamsChannel.existsFor(incident.school.id);
        persist(incident, EscalationStep.REPORT, StepKind.NEW_REPORT, null, now,
                new String[]{Audience.MANAGER.name(), Audience.PRIVACY_OFFICER.name()});
        if (teams) {
            persistPost(incident, EscalationStep.REPORT, StepKind.NEW_REPORT, null, now);
        }
        // A report by an application (a client-credentials token) has no mailbox to send a receipt to.
        if (incident.reporterEmail != null) {
            persist(incident, EscalationStep.RECEIPT, StepKind.RECEIPT, null, now, new String[]{Audience.REPORTER.name()});
        }
        for (EscalationPlanStep rung : EscalationPlanStep.forSchool(incident.school.id)) {
            persist(incident, EscalationStep.stepName(incident.round, rung.afterMinutes), rung.kind, rung.afterMinutes,
                    dueAt(incident, rung.afterMinutes), rung.audience);
            if (teams && StepKind.POSTED_TO_TEAMS.contains(rung.kind)) {
                persistPost(incident, EscalationStep.stepName(incident.round, rung.afterMinutes), rung.kind, rung.afterMinutes,
                        dueAt(incident, rung.afterMinutes));
            }
        }
    }

    /** Pending rungs move with the deadline; what was sent stays sent. */
    @Override
    public void awarenessChanged(Incident incident, Instant now) {
        for (EscalationStep step : EscalationStep.<EscalationStep>list(
                "incidentId = ?1 and status = ?2 and afterMinutes is not null", incident.id, StepStatus.PENDING)) {
            step.dueAt = dueAt(incident, step.afterMinutes);
            step.nextAttemptAt = null;
        }
    }

    /**
     * A reopened incident gets the rungs of its current clock that still lie ahead, named for its round
     * (R2-H24, ...). With a new awareAt that is a fresh 72-hour ladder; without one, what is left of the
     * old clock. Rungs already behind are skipped: the privacy officer who reopened is acting now, and a
     * burst of stale reminders would help nobody.
     */
    @Override
    public void reopened(Incident incident, Instant now) {
        boolean teams = TeamsChannel.existsFor(incident.school.id);
        for (EscalationPlanStep rung : EscalationPlanStep.forSchool(incident.school.id)) {
            Instant due = dueAt(incident, rung.afterMinutes);
            if (due.isAfter(now)) {
                persist(incident, EscalationStep.stepName(incident.round, rung.afterMinutes), rung.kind, rung.afterMinutes,
                        due, rung.audience);
                if (teams && StepKind.POSTED_TO_TEAMS.contains(rung.kind)) {
                    persistPost(incident, EscalationStep.stepName(incident.round, rung.afterMinutes), rung.kind, rung.afterMinutes, due);
                }
            }
        }
    }

    /**
     * A school's ladder changed: the incident's pending rungs are planned anew from it, in the caller's
     * transaction. A rung that stays keeps its step (and its retries) with the new message and audience; a rung
     * taken off is cancelled, unless a sweep holds it right now, as that message is already on its way; a new rung
     * is planned when it still lies ahead (one already behind would be a stale reminder, as on a reopen). What was
     * sent stays sent.
     */
    public void ladderChanged(Incident incident, List<EscalationPlanStep> ladder, Instant now) {
        Map<String, EscalationStep> round = new HashMap<>();
        for (EscalationStep step : EscalationStep.<EscalationStep>list("incidentId = ?1 and afterMinutes is not null", incident.id)) {
            round.put(step.step, step);
            boolean kept = ladder.stream().anyMatch(r -> r.afterMinutes == step.afterMinutes);
            boolean inFlight = step.leaseUntil != null && step.leaseUntil.isAfter(now);
            if (step.status == StepStatus.PENDING && !kept && !inFlight) {
                step.status = StepStatus.CANCELLED;
                step.note = "taken off the school's escalation ladder";
                step.leaseUntil = null;
            }
        }
        for (EscalationPlanStep rung : ladder) {
            EscalationStep step = round.get(EscalationStep.stepName(incident.round, rung.afterMinutes));
            Instant due = dueAt(incident, rung.afterMinutes);
            if (step == null) {
                if (due.isAfter(now)) {
                    persist(incident, EscalationStep.stepName(incident.round, rung.afterMinutes), rung.kind, rung.afterMinutes,
                            due, rung.audience);
                }
            } else if (step.status == StepStatus.PENDING) {
                step.kind = rung.kind;
                step.recipients = rung.audience.clone();
            } else if (step.status == StepStatus.CANCELLED && due.isAfter(now)) {
                // Taken off by an earlier change and back now: the same step again, from the start.
                step.status = StepStatus.PENDING;
                step.kind = rung.kind;
                step.recipients = rung.audience.clone();
                step.dueAt = due;
                step.note = null;
                step.attempts = 0;
                step.nextAttemptAt = null;
                step.lastError = null;
            }
        }
    }

    /** Only the reminder rungs stop: the immediate notice and the receipt go out whenever the decision came. */
    @Override
    public void decided(Incident incident, Instant now) {
        EscalationStep.update("status = ?1, note = ?2, leaseUntil = null where incidentId = ?3 and status = ?4 and kind not in ?5",
                StepStatus.CANCELLED, "decision recorded", incident.id, StepStatus.PENDING, StepKind.SENT_DESPITE_A_DECISION);
    }

    private static Instant dueAt(Incident incident, int afterMinutes) {
        return incident.awareAt.plus(Duration.ofMinutes(afterMinutes));
    }

    private static void persist(Incident incident, String name, StepKind kind, Integer afterMinutes, Instant dueAt, String[] audience) {
        EscalationStep step = new EscalationStep();
        step.incidentId = incident.id;
        step.step = name;
        step.kind = kind;
        step.afterMinutes = afterMinutes;
        step.dueAt = dueAt;
        step.recipients = audience.clone();
        step.persist();
    }

    /** A card for the school's Teams channel: no audience, whoever follows the channel reads it. */
    private static void persistPost(Incident incident, String name, StepKind kind, Integer afterMinutes, Instant dueAt) {
        EscalationStep step = new EscalationStep();
        step.incidentId = incident.id;
        step.step = name;
        step.kind = kind;
        step.channel = StepChannel.TEAMS;
        step.afterMinutes = afterMinutes;
        step.dueAt = dueAt;
        step.recipients = new String[0];
        step.persist();
    }
}
