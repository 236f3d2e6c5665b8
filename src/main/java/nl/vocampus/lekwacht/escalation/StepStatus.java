package nl.vocampus.lekwacht.escalation;

public enum StepStatus {
    PENDING, SENT, CANCELLED, FAILED
}
