package nl.vocampus.lekwacht.escalation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.vocampus.lekwacht.common.Language;

/** The mail texts in one language, for subjects and the calendar (the templates get theirs through their locale). */
final class MailTexts {

    private MailTexts() {
    }

    static MailMessages of(Language language) {
        return MessageBundles.get(MailMessages.class, Localized.Literal.of(language.code()));
    }
}
