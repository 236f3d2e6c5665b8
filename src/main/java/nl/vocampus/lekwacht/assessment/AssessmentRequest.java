package nl.vocampus.lekwacht.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.problem.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The whole assessment; a PUT replaces the previous one. Leave a fact out (or null) when it is not
 * known yet: Lekwacht never reads a missing fact as "no".
 */
@Schema(name = "AssessmentInput", description = "The privacy officer's assessment. Absent facts count as unknown; a PUT replaces the whole assessment.")
public record AssessmentRequest(
        @Schema(description = "People who should not have seen the data may have seen it (AP 5.1)") Boolean confidentiality,
        @Schema(description = "Data may have been changed (AP 5.1)") Boolean integrity,
        @Schema(description = "Data was (temporarily) unavailable or lost (AP 5.1)") Boolean availability,
        @Schema(description = "Corrects the reporter's answer to AP question 5.2; absent keeps it") WhatHappened whatHappened,
        @Schema(description = "Kinds of personal data (AP chapter 6); absent: not yet known")
        @Size(max = 30) List<@NotNull DataCategory> dataCategories,
        @Schema(description = "How many people are affected (AP 7)", examples = "120") @PositiveOrZero @Max(10_000_000) Integer numberOfPeople,
        @Schema(description = "How many records (AP 6)") @PositiveOrZero @Max(100_000_000) Integer numberOfRecords,
        @Schema(description = "Who the people affected are (AP 7)") @Size(max = 2000) @MultiLine String peopleDescription,
        @Schema(description = "Pupils (minors) are among the people affected") Boolean childrenInvolved,
        @Schema(description = "Device or file encrypted (AP 8)") YesNoUnknown encrypted,
        @Schema(description = "The key or password may be known to others") YesNoUnknown keyCompromised,
        @Schema(description = "How the data was protected (AP 8), e.g. BitLocker with TPM and PIN") @Size(max = 2000) @MultiLine String encryptionDescription,
        @Schema(description = "The data can be restored from elsewhere") YesNoUnknown backupAvailable,
        RemoteWipe remoteWipe,
        @Schema(description = "The wrong recipient is known and trusted") YesNoUnknown recipientKnownAndTrusted,
        @Schema(description = "The wrong recipient confirmed deleting the data") YesNoUnknown deletionConfirmed,
        @Schema(description = "Data left the school's systems") YesNoUnknown exfiltration,
        @Schema(description = "How long the data was unavailable") @PositiveOrZero @Max(100_000) Integer unavailabilityHours,
        @Schema(description = "Exam or test results are involved (Inspectie van het Onderwijs)") Boolean examResultsInvolved,
        @Schema(description = "Theft is involved (also true for STOLEN_DEVICE reports)") Boolean theft,
        @Schema(description = "Someone used another person's account in a pupil system") Boolean accountMisuse,
        Boolean ransomware,
        @Schema(description = "People affected live in other countries (AP 2)") YesNoUnknown peopleInOtherCountries,
        @Schema(description = "Supervisory authorities in other countries that were told, or 'geen' (AP 2)") @Size(max = 1000) @MultiLine String foreignAuthorities,
        @Schema(description = "Other regulators told, e.g. Inspectie van het Onderwijs, or 'geen' (AP 1)") @Size(max = 1000) @MultiLine String otherRegulators,
        @Schema(description = "Other organisations involved, e.g. a supplier, or 'geen' (AP 3)") @Size(max = 2000) @MultiLine String otherOrganisations,
        @Schema(description = "The officer's judgement of the severity for the people affected (AP 9)") Severity severity,
        @Schema(description = "Consequences for the people affected (AP 9)") @Size(max = 4000) @MultiLine String consequences,
        @Schema(description = "The cause, for the register") @Size(max = 4000) @MultiLine String cause,
        @Schema(description = "Measures taken (AP 10)") @Size(max = 4000) @MultiLine String measuresTaken,
        @Size(max = 8000) @MultiLine String notes) {
}
