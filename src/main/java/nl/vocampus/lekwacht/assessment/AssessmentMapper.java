package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.Incident;
import nl.vocampus.lekwacht.incident.IncidentKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Between the stored assessment, its API shape and the advisor's facts. */
final class AssessmentMapper {

    private AssessmentMapper() {
    }

    static void apply(AssessmentRequest r, Assessment a) {
        a.confidentiality = Boolean.TRUE.equals(r.confidentiality());
        a.integrity = Boolean.TRUE.equals(r.integrity());
        a.availability = Boolean.TRUE.equals(r.availability());
        a.whatHappened = r.whatHappened();
        a.dataCategories = r.dataCategories() == null ? null
                : r.dataCategories().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
        a.numberOfPeople = r.numberOfPeople();
        a.numberOfRecords = r.numberOfRecords();
        a.peopleDescription = text(r.peopleDescription());
        a.childrenInvolved = r.childrenInvolved();
        a.encrypted = r.encrypted();
        a.keyCompromised = r.keyCompromised();
        a.encryptionDescription = text(r.encryptionDescription());
        a.backupAvailable = r.backupAvailable();
        a.remoteWipe = r.remoteWipe();
        a.recipientKnownAndTrusted = r.recipientKnownAndTrusted();
        a.deletionConfirmed = r.deletionConfirmed();
        a.exfiltration = r.exfiltration();
        a.unavailabilityHours = r.unavailabilityHours();
        a.examResultsInvolved = r.examResultsInvolved();
        a.theft = r.theft();
        a.accountMisuse = r.accountMisuse();
        a.ransomware = r.ransomware();
        a.peopleInOtherCountries = r.peopleInOtherCountries();
        a.foreignAuthorities = text(r.foreignAuthorities());
        a.otherRegulators = text(r.otherRegulators());
        a.otherOrganisations = text(r.otherOrganisations());
        a.severity = r.severity();
        a.consequences = text(r.consequences());
        a.cause = text(r.cause());
        a.measuresTaken = text(r.measuresTaken());
        a.notes = text(r.notes());
    }

    static AssessmentRequest toInput(Assessment a) {
        return new AssessmentRequest(a.confidentiality, a.integrity, a.availability, a.whatHappened, categories(a.dataCategories),
                a.numberOfPeople, a.numberOfRecords, a.peopleDescription, a.childrenInvolved, a.encrypted, a.keyCompromised,
                a.encryptionDescription, a.backupAvailable, a.remoteWipe, a.recipientKnownAndTrusted, a.deletionConfirmed,
                a.exfiltration, a.unavailabilityHours, a.examResultsInvolved, a.theft, a.accountMisuse, a.ransomware,
                a.peopleInOtherCountries, a.foreignAuthorities, a.otherRegulators, a.otherOrganisations, a.severity,
                a.consequences, a.cause, a.measuresTaken, a.notes);
    }

    /**
     * What the report already says, as a starting point before the first assessment. Pupils at a
     * secondary school are minors, so PUPILS among the groups counts as children involved.
     */
    static AssessmentRequest draft(Incident i) {
        boolean device = i.kind.isDevice();
        List<DataCategory> categories = i.dataCategories.length == 0 ? null : categories(i.dataCategories);
        boolean pupils = Arrays.asList(i.affectedGroups).contains(AffectedGroup.PUPILS.name());
        return new AssessmentRequest(true, false, device, null, categories, i.approximatePeople, null, null,
                pupils ? Boolean.TRUE : null,
                device && i.device != null ? i.device.encrypted : null, null, null, null,
                device && i.device != null ? i.device.remoteWipe : null, null, null, null, null, null,
                i.kind == IncidentKind.STOLEN_DEVICE ? Boolean.TRUE : null, null, null, null, null, null, null, null,
                null, null, i.measuresTaken, null);
    }

    static AssessmentFacts facts(Incident i, AssessmentRequest r) {
        Set<DataCategory> categories = r.dataCategories() == null ? null : EnumSet.noneOf(DataCategory.class);
        if (categories != null) {
            categories.addAll(r.dataCategories());
        }
        return new AssessmentFacts(i.kind, r.whatHappened() != null ? r.whatHappened() : i.whatHappened,
                i.device == null ? null : i.device.type,
                Boolean.TRUE.equals(r.confidentiality()), Boolean.TRUE.equals(r.integrity()), Boolean.TRUE.equals(r.availability()),
                categories, r.numberOfPeople(), r.childrenInvolved(), r.encrypted(), r.keyCompromised(), r.backupAvailable(),
                r.remoteWipe(), r.recipientKnownAndTrusted(), r.deletionConfirmed(), r.exfiltration(), r.unavailabilityHours(),
                r.examResultsInvolved(), r.theft(), r.accountMisuse(), r.ransomware());
    }

    private static List<DataCategory> categories(String[] names) {
        return names == null ? null : Arrays.stream(names).map(DataCategory::valueOf).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
