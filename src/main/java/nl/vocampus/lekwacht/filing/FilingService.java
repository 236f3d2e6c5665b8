package nl.vocampus.lekwacht.filing;

import nl.vocampus.lekwacht.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentEvent;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.IncidentValidator;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The AP filings of an incident. The rules:
 * <ul>
 *     <li>An incident has at most one INITIAL notification that is not withdrawn. After a WITHDRAWAL
 *     a new INITIAL may be filed (the AP then gives a new meldnummer).</li>
 *     <li>SUPPLEMENT, CORRECTION and WITHDRAWAL need that INITIAL and must quote its meldnummer; they
 *     are not filed before it.</li>
 *     <li>An INITIAL filed after the 72-hour deadline needs the reason for the delay (art. 33(1)).
 *     Follow-ups do not: art. 33(4) allows information in phases, and the 48-hour advice is exactly
 *     "notify now, supplement later".</li>
 *     <li>The INITIAL normally comes from the decision to notify ({@link #recordFromDecision}); through
 *     this API only once decided (after a register-only decision, or after a withdrawal).</li>
 * </ul>
 */
@ApplicationScoped
public class FilingService {

    public static final String EVENT_FILED = "AP_FILED";

    private final Clock clock;
    private final IncidentService incidents;
    private final AmsterdamTime time;
    private final IncidentValidator validator;

    FilingService(Clock clock, IncidentService incidents, AmsterdamTime time, IncidentValidator validator) {
        this.clock = clock;
        this.incidents = incidents;
        this.time = time;
        this.validator = validator;
    }

    @Transactional
    public FilingResponse file(String incidentId, FilingRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Incident incident = incidents.lockVisible(incidentId, user, AuditAction.FILE);
        Filing initial = activeInitial(incident);
        Instant filedAt = request.filedAt().toInstant();
        String meldnummer = request.meldnummer().strip();
        boolean isInitial = request.type() == FilingType.INITIAL;
        if (isInitial && initial != null) {
            throw ProblemException.conflict("Incident " + incident.reference + " has an INITIAL notification (meldnummer "
                    + initial.meldnummer + ") that is not withdrawn; send a SUPPLEMENT, CORRECTION or WITHDRAWAL quoting it");
        }
        if (isInitial && !incident.status.isDecided()) {
            throw ProblemException.conflict("Incident " + incident.reference + " is " + incident.status
                    + ": record the decision with notifyAp=true, which files the INITIAL notification");
        }
        if (!isInitial && initial == null) {
            throw ProblemException.conflict("Incident " + incident.reference + " has no INITIAL notification"
                    + (Filing.count("incidentId = ?1", incident.id) > 0 ? " that is not withdrawn" : "")
                    + ": a " + request.type() + " quotes the meldnummer of the INITIAL notification");
        }
        FieldErrors errors = new FieldErrors();
        validator.checkMoment(incident, filedAt, now, "filedAt", errors);
        if (isInitial) {
            checkDelayReason(incident, filedAt, request.delayReason(), "delayReason", errors);
        } else {
            checkFollowUp(initial, meldnummer, filedAt, "meldnummer", "filedAt", errors);
        }
        errors.throwIfAny();

        Filing filing = persist(incident, request.type(), filedAt, meldnummer, initial, request.delayReason(), request.note(),
                null, user.name(), now);
        return view(filing, false);
    }

    @Transactional
    public List<FilingResponse> list(String incidentId, CurrentUser user) {
        return views(Filing.of(incidents.readVisible(incidentId, user).id));
    }

    /** The filings with each INITIAL's withdrawn flag; for the register and the export. */
    public List<FilingResponse> views(List<Filing> filings) {
        Set<Long> withdrawn = filings.stream().filter(f -> f.type == FilingType.WITHDRAWAL).map(f -> f.initialId).collect(Collectors.toSet());
        return filings.stream().map(f -> view(f, withdrawn.contains(f.id))).toList();
    }

    /**
     * Adds to {@code errors} what makes a decision to notify impossible to file: once an INITIAL
     * notification stands (a reopened incident notified before), a new decision to notify is a
     * SUPPLEMENT and must quote its meldnummer.
     */
    public void checkDecisionFiling(Incident incident, String apReference, Instant notifiedAt, FieldErrors errors) {
        Filing initial = activeInitial(incident);
        if (initial != null && apReference != null && notifiedAt != null) {
            checkFollowUp(initial, apReference.strip(), notifiedAt, "apReference", "notifiedAt", errors);
        }
    }

    /** Files what a decision to notify says was sent: the INITIAL notification, or a SUPPLEMENT after a reopen. */
    public void recordFromDecision(Incident incident, long decisionId, String apReference, Instant notifiedAt, String delayReason,
                                   String actor, Instant now) {
        Filing initial = activeInitial(incident);
        FilingType type = initial == null ? FilingType.INITIAL : FilingType.SUPPLEMENT;
        String note = initial == null ? null : "Aanvulling na heropening (ronde " + incident.round + ")";
        persist(incident, type, notifiedAt, apReference.strip(), initial, type == FilingType.INITIAL ? delayReason : null, note,
                decisionId, actor, now);
    }

    private Filing persist(Incident incident, FilingType type, Instant filedAt, String meldnummer, Filing initial,
                           String delayReason, String note, Long decisionId, String actor, Instant now) {
        Filing filing = new Filing();
        filing.incidentId = incident.id;
        filing.type = type;
        filing.filedAt = filedAt;
        filing.meldnummer = meldnummer;
        filing.initialId = initial == null ? null : initial.id;
        filing.delayReason = blankToNull(delayReason);
        filing.note = blankToNull(note);
        filing.decisionId = decisionId;
        filing.recordedBy = actor;
        filing.recordedAt = now;
        filing.persist();
        if (type == FilingType.INITIAL && incident.notifiedApAt == null) {
            incident.notifiedApAt = filedAt;
        }
        IncidentEvent.record(incident.id, now, actor, EVENT_FILED, type + " " + meldnummer);
        return filing;
    }

    /** The INITIAL notification that no WITHDRAWAL withdrew, if any. */
    private static Filing activeInitial(Incident incident) {
        return Filing.<Filing>find("incidentId = ?1 and type = ?2 and id not in "
                        + "(select w.initialId from Filing w where w.incidentId = ?1 and w.type = ?3) order by filedAt desc, id desc",
                incident.id, FilingType.INITIAL, FilingType.WITHDRAWAL).firstResult();
    }

    private static void checkDelayReason(Incident incident, Instant filedAt, String delayReason, String field, FieldErrors errors) {
        if (filedAt.isAfter(incident.deadline)) {
            errors.check(blankToNull(delayReason) != null, field, "is required: the notification was filed after the 72-hour deadline");
        }
    }

    private static void checkFollowUp(Filing initial, String meldnummer, Instant filedAt, String numberField, String timeField,
                                      FieldErrors errors) {
        errors.check(initial.meldnummer.equals(meldnummer), numberField,
                        "must quote the meldnummer of the INITIAL notification: " + initial.meldnummer)
                .check(!filedAt.isBefore(initial.filedAt), timeField,
                        "must not be before the INITIAL notification (" + initial.filedAt + ")");
    }

    private FilingResponse view(Filing f, boolean withdrawn) {
        return new FilingResponse(f.id, f.incidentId, f.type, f.filedAt, time.isoLocal(f.filedAt), f.meldnummer, withdrawn,
                f.delayReason, f.note, f.decisionId, f.recordedBy, f.recordedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
