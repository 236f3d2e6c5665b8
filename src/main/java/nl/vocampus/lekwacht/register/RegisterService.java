package nl.vocampus.lekwacht.register;

import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditTrail;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.assessment.AssessmentRequest;
import nl.vocampus.lekwacht.assessment.AssessmentService;
import nl.vocampus.lekwacht.decision.Decision;
import nl.vocampus.lekwacht.decision.DecisionResponse;
import nl.vocampus.lekwacht.filing.Filing;
import nl.vocampus.lekwacht.filing.FilingResponse;
import nl.vocampus.lekwacht.filing.FilingService;
import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.informing.Informing;
import nl.vocampus.lekwacht.informing.InformingResponse;
import nl.vocampus.lekwacht.informing.InformingService;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.School;
import nl.vocampus.lekwacht.security.Access;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The register of art. 33(5): every incident, notified or not. A handful of queries, whatever the number of incidents. */
@ApplicationScoped
public class RegisterService {

    private final AssessmentService assessments;
    private final FilingService filings;
    private final InformingService informing;

    private final AuditTrail audit;

    RegisterService(AssessmentService assessments, FilingService filings, InformingService informing, AuditTrail audit) {
        this.audit = audit;
        this.assessments = assessments;
        this.filings = filings;
        this.informing = informing;
    }

    /** The register within the reader's scope ({@link Access}): a privacy officer's is their school's. Recorded as an export. */
    @Transactional
    public List<RegisterEntry> entries(RegisterPeriod period, Access access) {
        return entries(period, access, AuditAction.EXPORT_REGISTER);
    }

    /** As {@link #entries(RegisterPeriod, Access)}, recorded as the CSV download. */
    @Transactional
    public List<RegisterEntry> csvEntries(RegisterPeriod period, Access access) {
        return entries(period, access, AuditAction.EXPORT_REGISTER_CSV);
    }

    private List<RegisterEntry> entries(RegisterPeriod period, Access access, AuditAction export) {
        StringBuilder where = new StringBuilder("from Incident i join fetch i.school s where 1 = 1");
        Parameters params = new Parameters();
        if (period.school() != null) {
            if (School.findByCode(period.school()) == null) {
                throw ProblemException.invalid("school", "unknown school; known: "
                        + School.<School>listAll().stream().map(s -> s.code).sorted().collect(Collectors.joining(", ")));
            }
            where.append(" and s.code = :school");
            params.and("school", period.school());
        }
        if (period.from() != null) {
            where.append(" and i.awareAt >= :from");
            params.and("from", period.from());
        }
        if (period.until() != null) {
            where.append(" and i.awareAt < :until");
            params.and("until", period.until());
        }
        audit.record(export, null, period.school());
        where.append(" and ").append(Access.hqlCondition("i"));
        List<Object> scope = access.hqlParameters();
        params.and("scopeSubject", scope.get(0)).and("scopeSchools", scope.get(1)).and("scopeManagers", scope.get(2));
        List<Incident> incidents = Incident.<Incident>find(where + " order by i.awareAt, i.reference", params).list();
        List<UUID> ids = incidents.stream().map(i -> i.id).toList();
        Set<UUID> assessed = new HashSet<>();
        Map<UUID, AssessmentRequest> facts = assessments.factsOf(incidents, assessed);
        Map<UUID, String> references = incidents.stream().collect(Collectors.toMap(i -> i.id, i -> i.reference));
        Map<UUID, List<DecisionResponse>> decisions = Decision.ofAll(ids).stream()
                .map(d -> DecisionResponse.of(d, references.get(d.incidentId), 0))
                .collect(Collectors.groupingBy(DecisionResponse::incidentId));
        Map<UUID, List<FilingResponse>> filed = filings.views(Filing.ofAll(ids)).stream()
                .collect(Collectors.groupingBy(FilingResponse::incidentId));
        Map<UUID, List<InformingResponse>> informed = Informing.ofAll(ids).stream().map(informing::view)
                .collect(Collectors.groupingBy(InformingResponse::incidentId));
        Function<Incident, RegisterEntry> entry = i -> new RegisterEntry(i.id, i.reference, i.school.code, i.kind, i.status,
                i.round, i.summary, i.description, i.whatHappened, i.occurredFrom, i.occurredTo, i.discoveredAt, i.reportedAt,
                i.awareAt, i.deadline, i.notifiedApAt, i.closedAt, i.pseudonymisedAt,
                Arrays.stream(i.affectedGroups).map(AffectedGroup::valueOf).toList(), assessed.contains(i.id), facts.get(i.id),
                decisions.getOrDefault(i.id, List.of()), filed.getOrDefault(i.id, List.of()), informed.getOrDefault(i.id, List.of()));
        return incidents.stream().map(entry).toList();
    }
}
