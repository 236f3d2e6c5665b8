package nl.vocampus.lekwacht.web;

import io.quarkus.test.junit.QuarkusTest;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.IncidentKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.lang.reflect.Method;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.vocampus.lekwacht.escalation.MailMessages;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MessagesTest {

    @Test
    void dutchIsTheDefaultAndEnglishIsThere() {
        Msg dutch = Pages.msg(Locale.forLanguageTag("nl"));
        Msg english = Pages.msg(Locale.ENGLISH);
        assertEquals("Melding doen", dutch.report_title());
        assertEquals("Report an incident", english.report_title());
        assertEquals("Gestolen apparaat", dutch.kind(IncidentKind.STOLEN_DEVICE));
        assertEquals("Stolen device", english.kind(IncidentKind.STOLEN_DEVICE));
        assertEquals("Gezondheid (ook ziekteverzuim en handelingsplannen)", dutch.dataCategory(DataCategory.HEALTH));
        assertEquals("Gebruik hoogstens 200 tekens.", dutch.error_too_long(200));
    }

    @Test
    void theEnglishFileTranslatesEveryKey() throws IOException {
        assertEquals(load("messages/msg.properties").keySet(), load("messages/msg_en.properties").keySet());
        assertEquals(load("messages/po.properties").keySet(), load("messages/po_en.properties").keySet());
        assertEquals(load("messages/adm.properties").keySet(), load("messages/adm_en.properties").keySet());
        assertEquals(load("messages/aud.properties").keySet(), load("messages/aud_en.properties").keySet());
    }

    /** The mail bundle's Dutch texts are the interface's annotations; the English file must give every one of them. */
    @Test
    void theEnglishMailFileTranslatesEveryMailText() throws IOException {
        Set<String> keys = Arrays.stream(MailMessages.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
        assertEquals(keys, load("messages/mail_en.properties").keySet());
        MailMessages english = MessageBundles.get(MailMessages.class, Localized.Literal.of("en"));
        MailMessages dutch = MessageBundles.get(MailMessages.class, Localized.Literal.of("nl"));
        assertEquals("Receipt for report DL-1", english.subjectReceipt("DL-1"));
        assertEquals("Ontvangstbevestiging melding DL-1", dutch.subjectReceipt("DL-1"));
        assertEquals("Stolen device", english.kind("STOLEN_DEVICE"));
        assertEquals("Lekwacht daily overview today: 1 open report", english.subjectDigest("today", 1));
        assertEquals("Final warning: the notification deadline is almost over. Record a decision now.", english.ask("FINAL_WARNING"));
    }

    @Test
    void remainingTimeReadsNaturally() {
        Msg dutch = Pages.msg(Locale.forLanguageTag("nl"));
        assertEquals("nog 3 dagen en 0 uur", PageTime.remaining(72 * 3600, dutch));
        assertEquals("nog 1 dag en 2 uur", PageTime.remaining(26 * 3600 + 59, dutch));
        assertEquals("nog 5 uur en 10 minuten", PageTime.remaining(5 * 3600 + 600, dutch));
        assertEquals("nog 9 minuten", PageTime.remaining(9 * 60 + 30, dutch));
        assertEquals("4 uur te laat", PageTime.remaining(-4 * 3600 - 5, dutch));
        assertEquals("nog 0 minuten", PageTime.remaining(59, dutch), "truncated, never rounded up");
        assertEquals("0 minuten te laat", PageTime.remaining(0, dutch), "at 0 s the deadline has passed");
        assertEquals("25 minuten te laat", PageTime.remaining(-25 * 60 - 59, dutch), "not an hour late yet");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
