package nl.vocampus.lekwacht.register;

import nl.vocampus.lekwacht.assessment.DutchLabels;
import nl.vocampus.lekwacht.assessment.Outcome;
import nl.vocampus.lekwacht.assessment.Severity;
import nl.vocampus.lekwacht.filing.FilingType;
import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.informing.InformingMethod;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** The Dutch words of the register and the AP export, which people read and copy into the AP's Dutch form. */
public final class DutchText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private DutchText() {
    }

    /** dd-MM-yyyy HH:mm in the given zone, as Dutch Excel reads a date; empty for null. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String kind(IncidentKind k) {
        return switch (k) {
            case LOST_DEVICE -> "Verloren apparaat";
            case STOLEN_DEVICE -> "Gestolen apparaat";
            case DATA_LEAK -> "Vermoedelijk datalek";
        };
    }

    public static String status(IncidentStatus s) {
        return switch (s) {
            case REPORTED -> "Gemeld";
            case ASSESSING -> "In beoordeling";
            case DECIDED -> "Besloten";
            case CLOSED -> "Afgesloten";
        };
    }

    /** The options of AP question 5.2. */
    public static String whatHappened(WhatHappened w) {
        return switch (w) {
            case EMAIL_WRONG_RECIPIENT -> "E-mail naar verkeerde ontvanger";
            case ADDRESSES_VISIBLE_IN_TO_CC -> "E-mailadressen zichtbaar in Aan/CC in plaats van BCC";
            case LETTER_WRONG_ADDRESS_OR_LOST -> "Brief naar verkeerd adres of kwijtgeraakt";
            case ACCESS_RIGHTS_WRONG -> "Toegangsrechten verkeerd ingesteld";
            case SHARED_FOLDER_TOO_OPEN -> "Gedeelde map te ruim opengezet";
            case DEVICE_OR_PAPER_LOST_OR_STOLEN -> "Apparaat, USB-stick of papier verloren of gestolen";
            case PUBLISHED_BY_MISTAKE -> "Per ongeluk gepubliceerd";
            case HACKING_MALWARE_PHISHING -> "Hacking, malware of phishing";
            case DATA_ADDED_TO_WRONG_FILE -> "Gegevens in verkeerd dossier gezet";
            case OTHER -> "Anders";
        };
    }

    public static String categories(Collection<DataCategory> categories) {
        return categories.stream().sorted().map(DutchLabels::category).collect(Collectors.joining(", "));
    }

    public static String group(AffectedGroup g) {
        return switch (g) {
            case PUPILS -> "leerlingen";
            case PARENTS -> "ouders/verzorgers";
            case STAFF -> "medewerkers";
            case OTHER -> "anderen";
        };
    }

    public static String outcome(Outcome o) {
        return switch (o) {
            case REGISTER_ONLY -> "Alleen registreren";
            case NOTIFY_AP -> "Melden bij de AP";
            case NOTIFY_AP_AND_INFORM_PEOPLE -> "Melden bij de AP en betrokkenen informeren";
        };
    }

    /** The four levels of AP chapter 9. */
    public static String severity(Severity s) {
        return switch (s) {
            case NEGLIGIBLE -> "Verwaarloosbaar";
            case LIMITED -> "Beperkt";
            case CONSIDERABLE -> "Aanzienlijk";
            case VERY_LARGE -> "Zeer groot";
        };
    }

    public static String filingType(FilingType t) {
        return switch (t) {
            case INITIAL -> "Eerste melding";
            case SUPPLEMENT -> "Aanvulling";
            case CORRECTION -> "Correctie";
            case WITHDRAWAL -> "Intrekking";
        };
    }

    public static String method(InformingMethod m) {
        return switch (m) {
            case LETTER -> "brief";
            case EMAIL -> "e-mail";
            case PHONE -> "telefoon";
            case WEBSITE -> "website";
            case IN_PERSON -> "persoonlijk gesprek";
            case OTHER -> "anders";
        };
    }

    public static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Ja" : "Nee";
    }

    public static String yesNo(YesNoUnknown v) {
        return v == null ? "" : switch (v) {
            case YES -> "Ja";
            case NO -> "Nee";
            case UNKNOWN -> "Onbekend";
        };
    }
}
