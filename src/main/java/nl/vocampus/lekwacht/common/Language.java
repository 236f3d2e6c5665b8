package nl.vocampus.lekwacht.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Lekwacht speaks: Dutch first, English second. A page or mail in any other language is Dutch. */
public enum Language {
    NL("nl"), EN("en");

    private final String code;
    private final Locale locale;

    Language(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The code as stored (person.language), in the cookie, and as the message bundles' locale tag. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** Dutch for anything unknown: the schools work in Dutch. */
    public static Language orDutch(String code) {
        return ofCode(code).orElse(NL);
    }
}
