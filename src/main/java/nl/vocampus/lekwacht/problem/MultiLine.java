package nl.vocampus.lekwacht.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request that may hold several lines: {@link TextRule} then allows tab, line feed
 * and carriage return in it. Every other String of a request is one line (a name, a code, a meldnummer) and
 * takes no control character at all. {@link RequestText} reads it from the request record's component.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MultiLine {
}
