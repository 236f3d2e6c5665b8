package nl.vocampus.lekwacht.web;

import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/**
 * The privacy officer's forms on the incident page, as the browser sends them: every value as typed, so
 * a form with errors comes back exactly as it was filled in. Field names are unique over the page.
 */
final class CaseForms {

    private CaseForms() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The assessment: the facts the suggestion reads; yes/no facts as YES, NO or UNKNOWN. */
    public static class Assessment {
        static final List<String> FIELDS = List.of("confidentiality", "integrity", "availability", "dataCategories",
                "numberOfPeople", "childrenInvolved", "encrypted", "keyCompromised", "backupAvailable", "exfiltration",
                "theft", "examResultsInvolved", "severity", "consequences", "measuresTaken");

        @RestForm public String confidentiality;
        @RestForm public String integrity;
        @RestForm public String availability;
        @RestForm public List<String> dataCategories = new ArrayList<>();
        @RestForm public String numberOfPeople;
        @RestForm public String childrenInvolved;
        @RestForm public String encrypted;
        @RestForm public String keyCompromised;
        @RestForm public String backupAvailable;
        @RestForm public String exfiltration;
        @RestForm public String theft;
        @RestForm public String examResultsInvolved;
        @RestForm public String severity;
        @RestForm public String consequences;
        @RestForm public String measuresTaken;

        Assessment normalized() {
            numberOfPeople = orEmpty(numberOfPeople);
            consequences = orEmpty(consequences);
            measuresTaken = orEmpty(measuresTaken);
            dataCategories = dataCategories == null ? new ArrayList<>() : dataCategories;
            return this;
        }
    }

    /** The decision whether to notify the AP. */
    public static class Decision {
        static final List<String> FIELDS = List.of("notifyAp", "reasoning", "informPeople", "apReference", "notifiedDate",
                "notifiedTime", "delayReason");

        @RestForm public String notifyAp;
        @RestForm public String reasoning;
        @RestForm public String informPeople;
        @RestForm public String apReference;
        @RestForm public String notifiedDate;
        @RestForm public String notifiedTime;
        @RestForm public String delayReason;

        Decision normalized() {
            notifyAp = orEmpty(notifyAp);
            reasoning = orEmpty(reasoning);
            apReference = orEmpty(apReference);
            notifiedDate = orEmpty(notifiedDate);
            notifiedTime = orEmpty(notifiedTime);
            delayReason = orEmpty(delayReason);
            return this;
        }
    }

    /** A submission to the AP's web form (initial, supplement, correction, withdrawal). */
    public static class Filing {
        static final List<String> FIELDS = List.of("filingType", "filedDate", "filedTime", "meldnummer", "filingDelayReason", "filingNote");

        @RestForm public String filingType;
        @RestForm public String filedDate;
        @RestForm public String filedTime;
        @RestForm public String meldnummer;
        @RestForm public String filingDelayReason;
        @RestForm public String filingNote;

        Filing normalized() {
            filingType = orEmpty(filingType);
            filedDate = orEmpty(filedDate);
            filedTime = orEmpty(filedTime);
            meldnummer = orEmpty(meldnummer);
            filingDelayReason = orEmpty(filingDelayReason);
            filingNote = orEmpty(filingNote);
            return this;
        }
    }

    /** The people affected were told. */
    public static class Informing {
        static final List<String> FIELDS = List.of("informedDate", "informedTime", "methods", "peopleCount", "informingNote");

        @RestForm public String informedDate;
        @RestForm public String informedTime;
        @RestForm public List<String> methods = new ArrayList<>();
        @RestForm public String peopleCount;
        @RestForm public String informingNote;

        Informing normalized() {
            informedDate = orEmpty(informedDate);
            informedTime = orEmpty(informedTime);
            methods = methods == null ? new ArrayList<>() : methods;
            peopleCount = orEmpty(peopleCount);
            informingNote = orEmpty(informingNote);
            return this;
        }
    }

    /**
     * Closing (optional reason) or reopening (reason required; optionally when the new fact became known,
     * which starts a new 72-hour clock).
     */
    public static class Lifecycle {
        static final List<String> FIELDS = List.of("closeReason", "reopenReason", "reopenAwareDate", "reopenAwareTime");

        @RestForm public String closeReason;
        @RestForm public String reopenReason;
        @RestForm public String reopenAwareDate;
        @RestForm public String reopenAwareTime;

        Lifecycle normalized() {
            closeReason = orEmpty(closeReason);
            reopenReason = orEmpty(reopenReason);
            reopenAwareDate = orEmpty(reopenAwareDate);
            reopenAwareTime = orEmpty(reopenAwareTime);
            return this;
        }
    }
}
