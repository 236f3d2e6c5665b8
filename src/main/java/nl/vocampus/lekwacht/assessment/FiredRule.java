package nl.vocampus.lekwacht.assessment;

import java.util.Objects;

/**
 * One rule that influenced a {@link Suggestion}.
 *
 * @param code        stable English identifier, for code and tests (e.g. {@code ENCRYPTED_DEVICE_REGISTER_ONLY})
 * @param explanation Dutch text for the privacy officer: why this rule applies to these facts
 */
public record FiredRule(String code, String explanation) {

    public FiredRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }
}
