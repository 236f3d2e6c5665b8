package nl.vocampus.lekwacht.incident;

public enum IncidentKind {
    LOST_DEVICE,
    STOLEN_DEVICE,
    /** A suspected data leak that is not about a device. */
    DATA_LEAK;

    public boolean isDevice() {
        return this != DATA_LEAK;
    }
}
