package nl.vocampus.lekwacht.incident;

public enum YesNoUnknown {
    YES, NO, UNKNOWN
}
