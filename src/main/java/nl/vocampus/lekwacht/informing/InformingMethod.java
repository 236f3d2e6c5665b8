package nl.vocampus.lekwacht.informing;

/** How the people affected were told (AP form question 10). */
public enum InformingMethod {
    LETTER, EMAIL, PHONE, WEBSITE, IN_PERSON, OTHER
}
