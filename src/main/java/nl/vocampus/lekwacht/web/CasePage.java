package nl.vocampus.lekwacht.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.vocampus.lekwacht.apexport.ApExport;
import nl.vocampus.lekwacht.apexport.ApExportService;
import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.assessment.AssessmentService;
import nl.vocampus.lekwacht.assessment.Severity;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.decision.DecisionRequest;
import nl.vocampus.lekwacht.decision.DecisionService;
import nl.vocampus.lekwacht.escalation.EscalationQueries;
import nl.vocampus.lekwacht.filing.FilingRequest;
import nl.vocampus.lekwacht.filing.FilingService;
import nl.vocampus.lekwacht.filing.FilingType;
import nl.vocampus.lekwacht.incident.CloseRequest;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.IncidentLifecycle;
import nl.vocampus.lekwacht.incident.IncidentService;
import nl.vocampus.lekwacht.incident.ReopenRequest;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.informing.InformingMethod;
import nl.vocampus.lekwacht.informing.InformingRequest;
import nl.vocampus.lekwacht.informing.InformingService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.problem.RequestText;
import nl.vocampus.lekwacht.security.CurrentUser;
import nl.vocampus.lekwacht.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The privacy officer's incident page: facts, timeline, suggestion and the forms to assess, decide, file
 * with the AP, record informing, close and reopen. FG and leidinggevende read it without forms; every
 * form posts back here (POST-redirect-GET) and only the privacy officer may post.
 */
@Path("/incidenten/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.DPO, Roles.MANAGER, Roles.MANAGEMENT, Roles.ADMIN})
@Blocking
public class CasePage {

    private final IncidentService incidents;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final FilingService filings;
    private final InformingService informing;
    private final IncidentLifecycle lifecycle;
    private final EscalationQueries escalations;
    private final ApExportService apExport;
    private final Validator validator;
    private final CurrentUser user;
    private final SecurityIdentity identity;
    private final Pages pages;
    private final PageTime time;
    private final AmsterdamTime zone;
    private final Clock clock;
    private final ObjectMapper json;

    @SuppressWarnings("java:S107")
    CasePage(IncidentService incidents, AssessmentService assessments, DecisionService decisions, FilingService filings,
             InformingService informing, IncidentLifecycle lifecycle, EscalationQueries escalations, ApExportService apExport,
             Validator validator, CurrentUser user, SecurityIdentity identity, Pages pages, PageTime time, AmsterdamTime zone, Clock clock,
             ObjectMapper json) {
        this.incidents = incidents;
        this.assessments = assessments;
        this.decisions = decisions;
        this.filings = filings;
        this.informing = informing;
        this.lifecycle = lifecycle;
        this.escalations = escalations;
        this.apExport = apExport;
        this.validator = validator;
        this.user = user;
        this.identity = identity;
        this.pages = pages;
        this.time = time;
        this.zone = zone;
        this.clock = clock;
        this.json = json;
    }

    @GET
    public Response show(@RestPath String id) {
        return page(id, new CaseView.Forms(), new FormErrors(), Response.Status.OK);
    }

    @GET
    @Path("ap-formulier")
    public Response apForm(@RestPath String id) {
        try {
            ApExport export = apExport.form(id, user);
            return Response.ok(pages.localized(Templates.apFormulier(
                    pages.context(pages.po().ap_title(export.reference()), PageContext.Nav.NONE), export))).build();
        } catch (ProblemException e) {
            return notFoundOr(e);
        }
    }

    @POST
    @Path("beoordeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response assess(@RestPath String id, @BeanParam CaseForms.Assessment form) {
        form.normalized();
        FormErrors errors = new FormErrors();
        ReportFormReader read = reader(errors);
        Map<String, Object> facts = pagesJson(assessments.current(id, user));
        facts.put("confidentiality", yesNo(read, form.confidentiality, "confidentiality"));
        facts.put("integrity", yesNo(read, form.integrity, "integrity"));
        facts.put("availability", yesNo(read, form.availability, "availability"));
        List<DataCategory> categories = read.choices(form.dataCategories, DataCategory.class, "dataCategories");
        facts.put("dataCategories", categories.isEmpty() ? null : categories);
        facts.put("numberOfPeople", read.wholeNumber(form.numberOfPeople, "numberOfPeople"));
        facts.put("childrenInvolved", yesNo(read, form.childrenInvolved, "childrenInvolved"));
        facts.put("encrypted", read.choice(form.encrypted, YesNoUnknown.class, "encrypted"));
        facts.put("keyCompromised", read.choice(form.keyCompromised, YesNoUnknown.class, "keyCompromised"));
        facts.put("backupAvailable", read.choice(form.backupAvailable, YesNoUnknown.class, "backupAvailable"));
        facts.put("exfiltration", read.choice(form.exfiltration, YesNoUnknown.class, "exfiltration"));
        facts.put("theft", yesNo(read, form.theft, "theft"));
        facts.put("examResultsInvolved", yesNo(read, form.examResultsInvolved, "examResultsInvolved"));
        facts.put("severity", read.choice(form.severity, Severity.class, "severity"));
        facts.put("consequences", ReportFormReader.blankToNull(form.consequences));
        facts.put("measuresTaken", ReportFormReader.blankToNull(form.measuresTaken));
        AssessmentRequest request = json.convertValue(facts, AssessmentRequest.class);
        return submit(id, errors, request, () -> assessments.replace(id, request, user), forms -> forms.assessment = form);
    }

    @POST
    @Path("besluit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response decide(@RestPath String id, @BeanParam CaseForms.Decision form) {
        form.normalized();
        PoMsg po = pages.po();
        FormErrors errors = new FormErrors();
        ReportFormReader read = reader(errors);
        Boolean notify = switch (form.notifyAp) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        };
        if (notify == null) {
            errors.add("notifyAp", po.error_notify_required());
        }
        if (form.reasoning.isBlank()) {
            errors.add("reasoning", po.error_reasoning_required());
        }
        OffsetDateTime notifiedAt = Boolean.TRUE.equals(notify) ? read.moment(form.notifiedDate, form.notifiedTime, "notified") : null;
        if (Boolean.TRUE.equals(notify)) {
            if (form.apReference.isBlank()) {
                errors.add("apReference", po.error_ap_reference_required());
            }
            if (notifiedAt == null) {
                errors.add("notifiedDate", po.error_notified_required());
            }
        }
        Instant decisive = notifiedAt != null ? notifiedAt.toInstant() : clock.instant();
        if (decisive.isAfter(incidents.deadline(id, user)) && form.delayReason.isBlank()) {
            errors.add("delayReason", po.error_delay_reason_required());
        }
        DecisionRequest request = new DecisionRequest(notify, form.reasoning.strip(), "on".equals(form.informPeople),
                Boolean.TRUE.equals(notify) ? ReportFormReader.blankToNull(form.apReference) : null, notifiedAt,
                ReportFormReader.blankToNull(form.delayReason));
        return submit(id, errors, request, () -> decisions.decide(id, request, user), forms -> forms.decision = form,
                "notifiedAt", "notifiedDate");
    }

    @POST
    @Path("ap-melding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response file(@RestPath String id, @BeanParam CaseForms.Filing form) {
        form.normalized();
        Msg msg = pages.msg();
        PoMsg po = pages.po();
        FormErrors errors = new FormErrors();
        ReportFormReader read = reader(errors);
        FilingType type = read.choice(form.filingType, FilingType.class, "filingType");
        OffsetDateTime filedAt = read.moment(form.filedDate, form.filedTime, "filed");
        if (type == null) {
            errors.add("filingType", msg.error_invalid_choice());
        }
        if (filedAt == null) {
            errors.add("filedDate", msg.error_required());
        }
        if (form.meldnummer.isBlank()) {
            errors.add("meldnummer", po.error_ap_reference_required());
        }
        FilingRequest request = new FilingRequest(type, filedAt, form.meldnummer.strip(),
                ReportFormReader.blankToNull(form.filingDelayReason), ReportFormReader.blankToNull(form.filingNote));
        return submit(id, errors, request, () -> filings.file(id, request, user), forms -> forms.filing = form,
                "type", "filingType", "filedAt", "filedDate", "delayReason", "filingDelayReason", "note", "filingNote");
    }

    @POST
    @Path("informeren")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response inform(@RestPath String id, @BeanParam CaseForms.Informing form) {
        form.normalized();
        Msg msg = pages.msg();
        PoMsg po = pages.po();
        FormErrors errors = new FormErrors();
        ReportFormReader read = reader(errors);
        OffsetDateTime informedAt = read.moment(form.informedDate, form.informedTime, "informed");
        List<InformingMethod> methods = read.choices(form.methods, InformingMethod.class, "methods");
        Integer count = read.wholeNumber(form.peopleCount, "peopleCount");
        if (informedAt == null) {
            errors.add("informedDate", msg.error_required());
        }
        if (methods.isEmpty()) {
            errors.add("methods", po.error_methods_required());
        }
        if (count == null) {
            errors.add("peopleCount", msg.error_required());
        }
        InformingRequest request = new InformingRequest(informedAt, methods, count, ReportFormReader.blankToNull(form.informingNote));
        return submit(id, errors, request, () -> informing.record(id, request, user), forms -> forms.informing = form,
                "informedAt", "informedDate", "note", "informingNote");
    }

    @POST
    @Path("sluiten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response close(@RestPath String id, @BeanParam CaseForms.Lifecycle form) {
        form.normalized();
        CloseRequest request = new CloseRequest(ReportFormReader.blankToNull(form.closeReason));
        return submit(id, new FormErrors(), request, () -> lifecycle.close(id, request, user), forms -> forms.lifecycle = form,
                "reason", "closeReason");
    }

    @POST
    @Path("heropenen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    public Response reopen(@RestPath String id, @BeanParam CaseForms.Lifecycle form) {
        form.normalized();
        FormErrors errors = new FormErrors();
        if (form.reopenReason.isBlank()) {
            errors.add("reopenReason", pages.po().error_reopen_reason_required());
        }
        // Optional: when the new fact became known. Given, it starts a new 72-hour clock.
        OffsetDateTime awareAt = reader(errors).moment(form.reopenAwareDate, form.reopenAwareTime, "reopenAware");
        ReopenRequest request = new ReopenRequest(form.reopenReason.strip(), awareAt);
        return submit(id, errors, request, () -> lifecycle.reopen(id, request, user), forms -> forms.lifecycle = form,
                "reason", "reopenReason", "awareDate", "reopenAwareDate");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> pagesJson(AssessmentRequest current) {
        return json.convertValue(current, Map.class);
    }

    private ReportFormReader reader(FormErrors errors) {
        return new ReportFormReader(zone.zone(), pages.msg(), errors);
    }

    private static Boolean yesNo(ReportFormReader read, String value, String field) {
        YesNoUnknown answer = read.choice(value, YesNoUnknown.class, field);
        return answer == null || answer == YesNoUnknown.UNKNOWN ? null : answer == YesNoUnknown.YES;
    }

    /**
     * Checks the request like the API does, then runs the change and redirects back to the page (PRG); with
     * errors the page comes back with the submitted form and the errors in Dutch next to the fields.
     * {@code rename} pairs API field names with the form's.
     */
    private Response submit(String id, FormErrors errors, Object request, Supplier<?> change, Consumer<CaseView.Forms> keep,
                            String... rename) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i + 1 < rename.length; i += 2) {
            fields.put(rename[i], rename[i + 1]);
        }
        FormErrors raw = new FormErrors();
        ReportErrors translate = new ReportErrors(pages.msg(), raw);
        if (errors.isEmpty()) {
            RequestText.violations(request).forEach(translate::problem);
            validator.validate(request).forEach(translate::violation);
        }
        Response.Status status = Response.Status.BAD_REQUEST;
        if (errors.isEmpty() && raw.isEmpty()) {
            try {
                change.get();
                return Response.seeOther(URI.create("/incidenten/" + id)).build();
            } catch (ProblemException e) {
                var problem = e.toProblem(null);
                if (problem.status() == 404) {
                    return notFoundOr(e);
                }
                if (problem.errors() == null || problem.errors().isEmpty()) {
                    errors.add("general", pages.po().error_conflict());
                    status = Response.Status.CONFLICT;
                } else {
                    problem.errors().forEach(translate::problem);
                }
            }
        }
        raw.inOrder(List.of()).forEach(e -> errors.add(fields.getOrDefault(e.field(), e.field()), e.message()));
        CaseView.Forms forms = new CaseView.Forms();
        keep.accept(forms);
        return page(id, forms, errors, status);
    }

    private Response page(String id, CaseView.Forms forms, FormErrors errors, Response.Status status) {
        Msg msg = pages.msg();
        PoMsg po = pages.po();
        CaseView.CaseData data;
        try {
            data = new CaseView.CaseData(incidents.get(id, user), assessments.get(id, user), incidents.history(id, user),
                    escalations.stepsOf(id, user), decisions.list(id, user), filings.list(id, user), informing.list(id, user));
        } catch (ProblemException e) {
            return notFoundOr(e);
        }
        if (forms.assessment == null) {
            forms.assessment = CaseView.Forms.prefilled(data.assessment().assessment());
        }
        CaseView view = new CaseView(data, forms, errors, incidents.mayChange(id, user), clock.instant(), time,
                pages.locale(), msg, po);
        return Response.status(status).entity(pages.localized(Templates.incident(
                pages.context(po.case_title(view.incident.reference()), PageContext.Nav.NONE), view))).build();
    }

    private Response notFoundOr(ProblemException e) {
        if (e.toProblem(null).status() != 404) {
            throw e;
        }
        return pages.notFound();
    }
}
