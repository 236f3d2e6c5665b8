package nl.vocampus.lekwacht.incident;

public enum RemoteWipe {
    NOT_POSSIBLE, POSSIBLE, DONE, UNKNOWN
}
