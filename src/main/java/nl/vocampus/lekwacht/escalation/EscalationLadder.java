package nl.vocampus.lekwacht.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.escalation.LadderDtos.Ladder;
import nl.vocampus.lekwacht.escalation.LadderDtos.Rung;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.school.School;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * A school's escalation ladder: read, checked and replaced. A new ladder applies to the pending rungs of the
 * school's open incidents in the same transaction, as a changed moment of awareness does.
 */
@ApplicationScoped
public class EscalationLadder {

    /** The hour of the AP deadline: the overdue notice is there, and no rung lies beyond it. */
    static final int DEADLINE_HOURS = (int) Incident.NOTIFICATION_WINDOW.toHours();
    /** The hour the protocol advises notifying the AP with what is known; the ladder must warn before it. */
    static final int ADVICE_HOURS = 48;

    /** The ladder a new school starts with: the protocol's 24/48/60/70/72 hours. */
    public static final List<Rung> STANDARD = List.of(
            new Rung(24, StepKind.REMINDER, List.of(Audience.PRIVACY_OFFICER)),
            new Rung(48, StepKind.ADVISE_NOTIFY_NOW, List.of(Audience.PRIVACY_OFFICER, Audience.MANAGER)),
            new Rung(60, StepKind.ESCALATION, List.of(Audience.PRIVACY_OFFICER, Audience.MANAGER, Audience.DPO, Audience.MANAGEMENT)),
            new Rung(70, StepKind.FINAL_WARNING, List.of(Audience.PRIVACY_OFFICER, Audience.MANAGER, Audience.DPO, Audience.MANAGEMENT)),
            new Rung(72, StepKind.OVERDUE, List.of(Audience.PRIVACY_OFFICER, Audience.MANAGER, Audience.DPO, Audience.MANAGEMENT)));

    private final EscalationPlanner planner;
    private final Clock clock;

    EscalationLadder(EscalationPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    @Transactional
    public Ladder of(School school) {
        return new Ladder(EscalationPlanStep.forSchool(school.id).stream().map(EscalationLadder::rung).toList());
    }

    /**
     * Replaces the ladder, then re-plans the pending rungs of the school's open incidents from it: sent steps stay
     * sent, and decided incidents keep their cancelled ones.
     */
    @Transactional
    public Ladder replace(School school, Ladder ladder) {
        validate(ladder.rungs());
        // Taken first, so two changes of one school's ladder follow each other instead of mixing their rungs.
        School.findById(school.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        EscalationPlanStep.delete("schoolId", school.id);
        EscalationPlanStep.flush();
        List<EscalationPlanStep> rungs = ladder.rungs().stream().map(r -> {
            EscalationPlanStep step = new EscalationPlanStep();
            step.schoolId = school.id;
            step.afterMinutes = r.afterHours() * 60;
            step.kind = r.kind();
            step.audience = r.audience().stream().distinct().map(Enum::name).toArray(String[]::new);
            step.persist();
            return step;
        }).toList();
        for (Incident incident : Incident.<Incident>list("school.id = ?1 and status in ?2", school.id,
                List.of(IncidentStatus.REPORTED, IncidentStatus.ASSESSING))) {
            planner.ladderChanged(incident, rungs, clock.instant());
        }
        return of(school);
    }

    /** Every rule of a ladder, each error naming its rung ({@code rungs[2].afterHours}). */
    static void validate(List<Rung> rungs) {
        FieldErrors errors = new FieldErrors();
        Integer previous = null;
        for (int i = 0; i < rungs.size(); i++) {
            Rung rung = rungs.get(i);
            String at = "rungs[" + i + "].";
            int hours = rung.afterHours();
            if (hours < 1 || hours > DEADLINE_HOURS) {
                errors.add(at + "afterHours", ErrorCode.OUT_OF_RANGE, "must be from 1 to " + DEADLINE_HOURS + " hours after awareness");
            } else if (previous != null && hours <= previous) {
                errors.add(at + "afterHours", ErrorCode.OUT_OF_ORDER, "must be later than the rung before it (" + previous + " h)");
            } else if (hours == DEADLINE_HOURS && rung.kind() != StepKind.OVERDUE) {
                errors.add(at + "afterHours", ErrorCode.OVERDUE_AT_DEADLINE, "only the overdue notice (OVERDUE) is at "
                        + DEADLINE_HOURS + " h; every other rung comes before the deadline");
            }
            if (!rung.kind().isReminder()) {
                errors.add(at + "kind", ErrorCode.UNKNOWN_VALUE, "must be REMINDER, ADVISE_NOTIFY_NOW, ESCALATION, FINAL_WARNING or OVERDUE");
            } else if (rung.kind() == StepKind.OVERDUE && hours != DEADLINE_HOURS) {
                errors.add(at + "kind", ErrorCode.OVERDUE_AT_DEADLINE, "the overdue notice is at " + DEADLINE_HOURS + " h, the deadline");
            }
            if (rung.audience().contains(Audience.REPORTER)) {
                errors.add(at + "audience", ErrorCode.UNKNOWN_VALUE, "must name MANAGER, PRIVACY_OFFICER, DPO or MANAGEMENT; the reporter gets a receipt only");
            }
            previous = previous == null ? hours : Math.max(previous, hours);
        }
        errors.check(rungs.stream().anyMatch(r -> r.afterHours() >= 1 && r.afterHours() < ADVICE_HOURS), "rungs",
                ErrorCode.NO_EARLY_RUNG, "must have a rung before " + ADVICE_HOURS + " h, so someone is reminded before the advice to notify");
        errors.throwIfAny();
    }

    private static Rung rung(EscalationPlanStep step) {
        return new Rung(step.afterMinutes / 60, step.kind, Arrays.stream(step.audience).map(Audience::valueOf).toList());
    }
}
