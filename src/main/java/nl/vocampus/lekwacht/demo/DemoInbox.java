package nl.vocampus.lekwacht.demo;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps what was delivered, in demo mode, so a person trying Lekwacht on a laptop without SMTP sees the escalations
 * happen. Every sender calls {@link #keep} after a successful delivery; outside demo mode it keeps nothing.
 */
@ApplicationScoped
public class DemoInbox {

    public void keep(SentMessage message) {
        // Storage and the page follow; until then nothing is kept.
    }
}
