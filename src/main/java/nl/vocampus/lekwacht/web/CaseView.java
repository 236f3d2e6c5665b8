package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.assessment.AssessmentResponse;
import nl.vocampus.lekwacht.assessment.Severity;
import nl.vocampus.lekwacht.assessment.SuggestionView;
import nl.vocampus.lekwacht.decision.DecisionResponse;
import nl.vocampus.lekwacht.escalation.EscalationStepView;
import nl.vocampus.lekwacht.escalation.StepStatus;
import nl.vocampus.lekwacht.filing.FilingResponse;
import nl.vocampus.lekwacht.filing.FilingType;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.HistoryEntry;
import nl.vocampus.lekwacht.incident.IncidentResponse;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.incident.Transition;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.informing.InformingMethod;
import nl.vocampus.lekwacht.informing.InformingResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The incident page ready to show: facts, timeline, suggestion, decisions, filings and the forms with their errors. */
public class CaseView {

    /** A labelled fact; the value is empty when unknown. */
    public record Fact(String label, String value) {
    }

    /** One line of the timeline; {@code failed} marks a mail that could not be sent. */
    public record Event(Instant at, String when, String what, String detail, boolean failed) {
    }

    public record DecisionRow(String when, String outcome, String suggested, String reasoning, String apReference,
                              String notifiedAt, String delayReason, String by) {
    }

    public record FilingRow(String type, String when, String meldnummer, boolean withdrawn, String delayReason, String note) {
    }

    public record InformingRow(String when, String methods, int peopleCount, String note) {
    }

    public final IncidentView incident;
    public final String school;
    public final List<Fact> moments;
    public final List<Event> timeline;
    public final String outcome;
    public final String severity;
    public final List<String> flags;
    public final List<SuggestionView.RuleView> rules;
    public final boolean assessed;
    public final List<DecisionRow> decisions;
    public final List<FilingRow> filings;
    public final List<InformingRow> informing;
    public final boolean canEdit;
    public final boolean canAssess;
    public final boolean canDecide;
    public final boolean canClose;
    public final boolean canReopen;
    public final boolean pastDeadline;
    public final CaseForms.Assessment assessment;
    public final CaseForms.Decision decision;
    public final CaseForms.Filing filing;
    public final CaseForms.Informing inform;
    public final CaseForms.Lifecycle lifecycle;
    public final List<Option> categoryOptions;
    public final List<Option> severities;
    public final List<Option> notifyOptions;
    public final List<Option> filingTypes;
    public final List<Option> methodOptions;
    public final FormErrors errors;
    private final Msg msg;
    public final List<ReportFormView.ErrorLink> errorSummary;

    @SuppressWarnings("java:S107")
    CaseView(CaseData data, Forms forms, FormErrors errors, boolean canEdit, Instant now, PageTime time, Locale locale, Msg msg,
             PoMsg po) {
        IncidentResponse i = data.incident();
        this.incident = IncidentView.of(i, time, locale, msg);
        this.school = i.school();
        String occurred = i.occurredFrom() == null ? po.case_unknown()
                : time.dateTime(i.occurredFrom(), locale, msg) + (i.occurredTo() == null ? "" : " – " + time.dateTime(i.occurredTo(), locale, msg));
        this.moments = List.of(
                new Fact(po.case_occurred(), occurred),
                new Fact(msg.confirm_discovered(), time.dateTime(i.discoveredAt(), locale, msg)),
                new Fact(msg.confirm_reported(), time.dateTime(i.reportedAt(), locale, msg)),
                new Fact(po.case_aware(), time.dateTime(i.awareAt(), locale, msg)),
                new Fact(msg.list_deadline(), time.dateTime(i.deadline(), locale, msg)),
                new Fact(po.case_notified(), i.notifiedApAt() == null ? po.case_not_yet() : time.dateTime(i.notifiedApAt(), locale, msg)),
                new Fact(po.case_closed(), i.closedAt() == null ? po.case_not_yet() : time.dateTime(i.closedAt(), locale, msg)));
        this.timeline = timeline(data.history(), data.steps(), time, locale, msg, po);
        SuggestionView s = data.assessment().suggestion();
        this.outcome = po.outcome(s.outcome());
        this.severity = po.severity(s.severity());
        this.flags = new ArrayList<>();
        if (s.informInspectie()) {
            flags.add(po.flag_inspectie());
        }
        if (s.policeReport()) {
            flags.add(po.flag_police());
        }
        if (s.notifyNowAdvice()) {
            flags.add(po.flag_notify_now());
        }
        if (s.delayReasonRequired()) {
            flags.add(po.flag_delay_reason());
        }
        this.rules = s.rules();
        this.assessed = data.assessment().assessed();
        this.decisions = data.decisions().stream().map(d -> new DecisionRow(time.dateTime(d.decidedAt(), locale, msg),
                po.outcome(d.decidedOutcome()), d.suggestedOutcome() == null ? "" : po.outcome(d.suggestedOutcome()),
                d.reasoning(), d.apReference(), time.dateTime(d.notifiedAt(), locale, msg), d.delayReason(), d.decidedBy())).toList();
        this.filings = data.filings().stream().map(f -> new FilingRow(po.filingType(f.type()), time.dateTime(f.filedAt(), locale, msg),
                f.meldnummer(), f.withdrawn(), f.delayReason(), f.note())).toList();
        this.informing = data.informing().stream().map(n -> new InformingRow(time.dateTime(n.informedAt(), locale, msg),
                n.methods().stream().map(po::informingMethod).collect(Collectors.joining(", ")), n.peopleCount(), n.note())).toList();
        IncidentStatus status = i.status();
        this.canEdit = canEdit;
        this.canAssess = canEdit && Transition.ASSESS.allowedFrom(status);
        this.canDecide = canEdit && Transition.DECIDE.allowedFrom(status);
        this.canClose = canEdit && Transition.CLOSE.allowedFrom(status);
        this.canReopen = canEdit && Transition.REOPEN.allowedFrom(status);
        this.pastDeadline = now.isAfter(i.deadline());
        this.assessment = forms.assessment;
        this.decision = forms.decision;
        this.filing = forms.filing;
        this.inform = forms.informing;
        this.lifecycle = forms.lifecycle;
        this.msg = msg;
        this.categoryOptions = Arrays.stream(DataCategory.values())
                .map(c -> new Option("dataCategories-" + c.name(), c.name(), msg.dataCategory(c), assessment.dataCategories.contains(c.name())))
                .toList();
        this.severities = Arrays.stream(Severity.values())
                .map(v -> new Option("severity-" + v.name(), v.name(), po.severity(v), v.name().equals(assessment.severity))).toList();
        this.notifyOptions = List.of(new Option("notifyAp-true", "true", po.decision_notify_yes(), "true".equals(decision.notifyAp)),
                new Option("notifyAp-false", "false", po.decision_notify_no(), "false".equals(decision.notifyAp)));
        this.filingTypes = Arrays.stream(FilingType.values())
                .map(v -> new Option("filingType-" + v.name(), v.name(), po.filingType(v), v.name().equals(filing.filingType))).toList();
        this.methodOptions = Arrays.stream(InformingMethod.values())
                .map(v -> new Option("methods-" + v.name(), v.name(), po.informingMethod(v), inform.methods.contains(v.name()))).toList();
        this.errors = errors;
        List<String> order = new ArrayList<>(CaseForms.Assessment.FIELDS);
        order.addAll(CaseForms.Decision.FIELDS);
        order.addAll(CaseForms.Filing.FIELDS);
        order.addAll(CaseForms.Informing.FIELDS);
        order.addAll(CaseForms.Lifecycle.FIELDS);
        this.errorSummary = errors.inOrder(order).stream().map(e -> new ReportFormView.ErrorLink(anchor(e.field()), e.message())).toList();
    }

    /** The options of a yes/no/unknown select, with the current value selected. */
    public List<Option> yesNo(String field, String current) {
        return Arrays.stream(YesNoUnknown.values())
                .map(v -> new Option(field + "-" + v.name(), v.name(), msg.yesNoUnknown(v), v.name().equals(current)))
                .toList();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static String anchor(String field) {
        return switch (field) {
            case "notifyAp" -> "notifyAp-true";
            case "dataCategories" -> "dataCategories-NAME";
            case "methods" -> "methods-LETTER";
            case "general" -> "main";
            default -> field;
        };
    }

    private static List<Event> timeline(List<HistoryEntry> history, List<EscalationStepView> steps, PageTime time, Locale locale, Msg msg,
                                        PoMsg po) {
        List<Event> events = new ArrayList<>();
        for (HistoryEntry e : history) {
            events.add(new Event(e.at(), time.dateTime(e.at(), locale, msg), eventLabel(e.type(), po), po.case_by(e.actor()), false));
        }
        for (EscalationStepView s : steps) {
            String to = s.recipients().stream().map(po::audience).collect(Collectors.joining(", "));
            if (s.status() == StepStatus.SENT && s.sentAt() != null) {
                events.add(new Event(s.sentAt(), time.dateTime(s.sentAt(), locale, msg), po.event_mail_sent(po.stepKind(s.kind())), to, false));
            } else if (s.status() == StepStatus.FAILED) {
                Instant at = s.nextAttemptAt() != null ? s.nextAttemptAt() : s.dueAt();
                events.add(new Event(at, time.dateTime(at, locale, msg), po.event_mail_failed(po.stepKind(s.kind())), to, true));
            }
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static String eventLabel(String type, PoMsg po) {
        return switch (type) {
            case "REPORTED" -> po.event_reported();
            case "AWARENESS_CHANGED" -> po.event_awareness_changed();
            case "ASSESSED" -> po.event_assessed();
            case "ASSESSMENT_CHANGED" -> po.event_assessment_changed();
            case "DECIDED" -> po.event_decided();
            case "AP_FILED" -> po.event_filed();
            case "PEOPLE_INFORMED" -> po.event_informed();
            case "CLOSED" -> po.event_closed();
            case "REOPENED" -> po.event_reopened();
            default -> type;
        };
    }

    /** What the services return for the page. */
    record CaseData(IncidentResponse incident, AssessmentResponse assessment, List<HistoryEntry> history,
                    List<EscalationStepView> steps, List<DecisionResponse> decisions, List<FilingResponse> filings,
                    List<InformingResponse> informing) {
    }

    /** The forms as they are shown: prefilled, or as submitted when they had errors. */
    static final class Forms {
        CaseForms.Assessment assessment;
        CaseForms.Decision decision = new CaseForms.Decision().normalized();
        CaseForms.Filing filing = new CaseForms.Filing().normalized();
        CaseForms.Informing informing = new CaseForms.Informing().normalized();
        CaseForms.Lifecycle lifecycle = new CaseForms.Lifecycle().normalized();

        /** The assessment form from the recorded assessment, or the draft from the report. */
        static CaseForms.Assessment prefilled(AssessmentRequest a) {
            CaseForms.Assessment f = new CaseForms.Assessment();
            f.confidentiality = yesNo(a.confidentiality());
            f.integrity = yesNo(a.integrity());
            f.availability = yesNo(a.availability());
            f.dataCategories = a.dataCategories() == null ? new ArrayList<>() : new ArrayList<>(a.dataCategories().stream().map(Enum::name).toList());
            f.numberOfPeople = a.numberOfPeople() == null ? "" : a.numberOfPeople().toString();
            f.childrenInvolved = yesNo(a.childrenInvolved());
            f.encrypted = name(a.encrypted());
            f.keyCompromised = name(a.keyCompromised());
            f.backupAvailable = name(a.backupAvailable());
            f.exfiltration = name(a.exfiltration());
            f.theft = yesNo(a.theft());
            f.examResultsInvolved = yesNo(a.examResultsInvolved());
            f.severity = a.severity() == null ? "" : a.severity().name();
            f.consequences = a.consequences();
            f.measuresTaken = a.measuresTaken();
            return f.normalized();
        }

        private static String yesNo(Boolean value) {
            return value == null ? YesNoUnknown.UNKNOWN.name() : value ? YesNoUnknown.YES.name() : YesNoUnknown.NO.name();
        }

        private static String name(Enum<?> value) {
            return value == null ? YesNoUnknown.UNKNOWN.name() : value.name();
        }
    }
}
