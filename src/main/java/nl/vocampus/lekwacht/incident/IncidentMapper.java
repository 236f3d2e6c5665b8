package nl.vocampus.lekwacht.incident;

import jakarta.enterprise.context.ApplicationScoped;
import nl.vocampus.lekwacht.common.AmsterdamTime;
import nl.vocampus.lekwacht.common.TimeLeft;
import nl.vocampus.lekwacht.people.Directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Entities to response records; the only place that knows both. */
@ApplicationScoped
public class IncidentMapper {

    private final AmsterdamTime time;
    private final Directory directory;

    IncidentMapper(AmsterdamTime time, Directory directory) {
        this.time = time;
        this.directory = directory;
    }

    public IncidentResponse toResponse(Incident i, Instant now) {
        return new IncidentResponse(i.id, i.reference, i.status, i.kind, i.school.code, i.summary, i.description,
                i.whatHappened, i.howDiscovered, i.occurredFrom, i.occurredTo, i.discoveredAt, i.reportedAt, i.awareAt,
                i.deadline, time.isoLocal(i.deadline), remainingSeconds(i, now), i.isOverdue(now), i.notifiedApAt,
                i.closedAt, device(i.device), dataInvolved(i), i.measuresTaken, i.reporter,
                directory.byIds(IncidentManager.of(i.id)).stream().map(p -> new IncidentResponse.Manager(p.name, p.email)).toList());
    }

    public IncidentSummary toSummary(Incident i, Instant now) {
        return new IncidentSummary(i.id, i.reference, i.status, i.kind, i.school.code, i.summary, i.reportedAt,
                i.awareAt, i.deadline, time.isoLocal(i.deadline), remainingSeconds(i, now), i.isOverdue(now), i.reporter);
    }

    static long remainingSeconds(Incident i, Instant now) {
        return TimeLeft.between(now, i.deadline).seconds();
    }

    private static IncidentResponse.DeviceView device(Device d) {
        if (d == null || d.type == null) {
            return null;
        }
        return new IncidentResponse.DeviceView(d.type, d.schoolIssued, d.assetTag, d.serialNumber, d.encrypted,
                d.screenLock, d.remoteWipe, d.lastKnownLocation, d.policeReportNumber);
    }

    private static IncidentResponse.DataInvolvedView dataInvolved(Incident i) {
        List<DataCategory> categories = Arrays.stream(i.dataCategories).map(DataCategory::valueOf).toList();
        List<AffectedGroup> groups = Arrays.stream(i.affectedGroups).map(AffectedGroup::valueOf).toList();
        return new IncidentResponse.DataInvolvedView(categories, groups, i.approximatePeople,
                categories.stream().anyMatch(DataCategory::isSpecial));
    }
}
