package nl.vocampus.lekwacht.incident;

public enum AffectedGroup {
    PUPILS, PARENTS, STAFF, OTHER
}
