package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;

import java.util.Set;

/** Builds {@link AssessmentFacts} for tests; everything starts unknown so each test states only what matters. */
final class Facts {

    private IncidentKind kind;
    private WhatHappened whatHappened;
    private DeviceType deviceType;
    private boolean confidentiality;
    private boolean integrity;
    private boolean availability;
    private Set<DataCategory> dataCategories;
    private Integer numberOfPeople;
    private Boolean childrenInvolved;
    private YesNoUnknown encrypted;
    private YesNoUnknown keyCompromised;
    private YesNoUnknown backupAvailable;
    private RemoteWipe remoteWipe;
    private YesNoUnknown recipientKnownAndTrusted;
    private YesNoUnknown deletionConfirmed;
    private YesNoUnknown exfiltration;
    private Integer unavailabilityHours;
    private Boolean examResultsInvolved;
    private Boolean theft;
    private Boolean accountMisuse;
    private Boolean ransomware;

    static Facts facts() {
        return new Facts();
    }

    static Facts lostDevice(DeviceType type) {
        return facts().kind(IncidentKind.LOST_DEVICE).whatHappened(WhatHappened.DEVICE_OR_PAPER_LOST_OR_STOLEN)
                .deviceType(type).confidentiality(true).availability(true);
    }

    static Facts stolenDevice(DeviceType type) {
        return lostDevice(type).kind(IncidentKind.STOLEN_DEVICE);
    }

    static Facts dataLeak(WhatHappened what) {
        return facts().kind(IncidentKind.DATA_LEAK).whatHappened(what);
    }

    AssessmentFacts build() {
        return new AssessmentFacts(kind, whatHappened, deviceType, confidentiality, integrity, availability,
                dataCategories, numberOfPeople, childrenInvolved, encrypted, keyCompromised, backupAvailable,
                remoteWipe, recipientKnownAndTrusted, deletionConfirmed, exfiltration, unavailabilityHours,
                examResultsInvolved, theft, accountMisuse, ransomware);
    }

    Facts kind(IncidentKind v) { kind = v; return this; }
    Facts whatHappened(WhatHappened v) { whatHappened = v; return this; }
    Facts deviceType(DeviceType v) { deviceType = v; return this; }
    Facts confidentiality(boolean v) { confidentiality = v; return this; }
    Facts integrity(boolean v) { integrity = v; return this; }
    Facts availability(boolean v) { availability = v; return this; }
    Facts data(DataCategory... v) { dataCategories = Set.of(v); return this; }
    Facts people(Integer v) { numberOfPeople = v; return this; }
    Facts children(Boolean v) { childrenInvolved = v; return this; }
    Facts encrypted(YesNoUnknown v) { encrypted = v; return this; }
    Facts keyCompromised(YesNoUnknown v) { keyCompromised = v; return this; }
    Facts backup(YesNoUnknown v) { backupAvailable = v; return this; }
    Facts remoteWipe(RemoteWipe v) { remoteWipe = v; return this; }
    Facts recipientTrusted(YesNoUnknown v) { recipientKnownAndTrusted = v; return this; }
    Facts deletionConfirmed(YesNoUnknown v) { deletionConfirmed = v; return this; }
    Facts exfiltration(YesNoUnknown v) { exfiltration = v; return this; }
    Facts unavailableHours(Integer v) { unavailabilityHours = v; return this; }
    Facts examResults(Boolean v) { examResultsInvolved = v; return this; }
    Facts theft(Boolean v) { theft = v; return this; }
    Facts accountMisuse(Boolean v) { accountMisuse = v; return this; }
    Facts ransomware(Boolean v) { ransomware = v; return this; }
}
