package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the privacy officer recorded in an assessment; the input of {@link OutcomeAdvisor}.
 * <p>
 * {@code null} means "not known (yet)" for every object component: an assessment is filled in
 * while facts are still coming in, and the advisor must treat a missing fact as unknown rather
 * than as "no".
 *
 * @param kind                     lost device, stolen device or other data leak
 * @param whatHappened             AP form question 5.2
 * @param deviceType               the device, for lost or stolen devices
 * @param confidentiality          people who should not have seen the data may have seen it
 * @param integrity                data may have been changed
 * @param availability             data was (temporarily) unavailable or lost
 * @param dataCategories           the kinds of personal data involved; {@code null} or empty when not recorded
 * @param numberOfPeople           how many people are affected; {@code null} when unknown
 * @param childrenInvolved         pupils (minors) are among the people affected
 * @param encrypted                the device or file was encrypted
 * @param keyCompromised           the key or password may be known to others (e.g. written on the device)
 * @param backupAvailable          the data can be restored from elsewhere
 * @param remoteWipe               state of a remote wipe of the device
 * @param recipientKnownAndTrusted the wrong recipient is known and trusted (e.g. a colleague, a supplier under contract)
 * @param deletionConfirmed        the wrong recipient confirmed deleting or returning the data
 * @param exfiltration             data left the school's systems (e.g. copied by an attacker)
 * @param unavailabilityHours      how long the data was unavailable; {@code null} when unknown or still ongoing
 * @param examResultsInvolved      exam or test results are involved (Inspectie van het Onderwijs)
 * @param theft                    the incident involves theft; also true when {@code kind} is STOLEN_DEVICE
 * @param accountMisuse            someone used another person's account in a pupil system
 * @param ransomware               ransomware encrypted or locked the data
 */
public record AssessmentFacts(
        IncidentKind kind,
        WhatHappened whatHappened,
        DeviceType deviceType,
        boolean confidentiality,
        boolean integrity,
        boolean availability,
        Set<DataCategory> dataCategories,
        Integer numberOfPeople,
        Boolean childrenInvolved,
        YesNoUnknown encrypted,
        YesNoUnknown keyCompromised,
        YesNoUnknown backupAvailable,
        RemoteWipe remoteWipe,
        YesNoUnknown recipientKnownAndTrusted,
        YesNoUnknown deletionConfirmed,
        YesNoUnknown exfiltration,
        Integer unavailabilityHours,
        Boolean examResultsInvolved,
        Boolean theft,
        Boolean accountMisuse,
        Boolean ransomware) {

    /** Art. 9 categories plus the ordinary ones whose leak typically harms people badly at a school. */
    private static final Set<DataCategory> SENSITIVE_ORDINARY =
            EnumSet.of(DataCategory.BSN, DataCategory.LOGIN_DATA, DataCategory.PUPIL_CARE_FILE);

    public AssessmentFacts {
        // A defensive copy keeps the facts fixed while the advisor reads them.
        dataCategories = dataCategories == null ? null : Set.copyOf(dataCategories);
    }

    /** Theft either as the incident kind or as a separately recorded fact (paper stolen from a bag). */
    public boolean involvesTheft() {
        return kind == IncidentKind.STOLEN_DEVICE || Boolean.TRUE.equals(theft);
    }

    /** The recorded categories that make a leak sensitive: special categories, BSN, login data, pupil care files. */
    public Set<DataCategory> sensitiveCategories() {
        Set<DataCategory> found = EnumSet.noneOf(DataCategory.class);
        if (dataCategories != null) {
            for (DataCategory c : dataCategories) {
                if (c.isSpecial() || SENSITIVE_ORDINARY.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    public boolean involvesSensitiveData() {
        return !sensitiveCategories().isEmpty();
    }

    public boolean involvesSpecialCategories() {
        return dataCategories != null && dataCategories.stream().anyMatch(DataCategory::isSpecial);
    }

    /**
     * True only when the categories are recorded, none is UNKNOWN and none is sensitive. "Nothing
     * sensitive" is a condition for register-only, so it must be shown, not assumed from silence.
     */
    public boolean knownToHoldNothingSensitive() {
        return dataCategories != null
                && !dataCategories.isEmpty()
                && !dataCategories.contains(DataCategory.UNKNOWN)
                && !involvesSensitiveData();
    }
}
