package nl.vocampus.lekwacht.escalation;

/** How a step reaches people. */
public enum StepChannel {
    /** An e-mail to the people of the step's audience. */
    MAIL,
    /** An Adaptive Card in the school's Teams channel, for everyone who follows it. */
    TEAMS
}
