package nl.vocampus.lekwacht.escalation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a step reaches people. */
@Schema(description = "How a step reaches people: MAIL to the people of its recipients' roles, TEAMS as a card in the school's Teams channel")
public enum StepChannel {
    /** An e-mail to the people of the step's audience. */
    MAIL,
    /** An Adaptive Card in the school's Teams channel, for everyone who follows it. */
    TEAMS
}
