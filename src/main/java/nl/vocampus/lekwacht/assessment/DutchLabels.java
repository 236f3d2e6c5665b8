package nl.vocampus.lekwacht.assessment;

import nl.vocampus.lekwacht.incident.DataCategory;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** Words for the explanations the privacy officer reads; the enum names are not Dutch. */
public final class DutchLabels {

    private DutchLabels() {
    }

    static String categories(Set<DataCategory> categories) {
        return categories.stream().sorted().map(DutchLabels::category).collect(Collectors.joining(", "));
    }

    public static String category(DataCategory c) {
        return switch (c) {
            case NAME -> "naam";
            case CONTACT_DETAILS -> "contactgegevens";
            case DATE_OF_BIRTH -> "geboortedatum";
            case BSN -> "BSN";
            case LOGIN_DATA -> "inloggegevens";
            case FINANCIAL -> "financiële gegevens";
            case ID_COPY -> "kopie identiteitsbewijs";
            case LOCATION -> "locatiegegevens";
            case PHOTOS_VIDEO -> "foto's of video";
            case GRADES_TEST_RESULTS -> "cijfers of toetsresultaten";
            case PUPIL_CARE_FILE -> "leerlingzorgdossier";
            case CRIMINAL -> "strafrechtelijke gegevens";
            case OTHER -> "overige gegevens";
            case UNKNOWN -> "onbekende gegevens";
            case HEALTH -> "gezondheid";
            case RELIGION -> "godsdienst of levensovertuiging";
            case ETHNICITY -> "ras of etnische afkomst";
            case POLITICAL_OPINION -> "politieke opvattingen";
            case TRADE_UNION -> "lidmaatschap van een vakbond";
            case SEXUAL_ORIENTATION -> "seksuele leven of gerichtheid";
            case BIOMETRIC -> "biometrische gegevens";
            case GENETIC -> "genetische gegevens";
        };
    }

    /** Whole hours, rounded down: "71 uur" must never read as 72 to someone watching the deadline. */
    static String hours(Duration d) {
        return d.toHours() + " uur";
    }
}
