package nl.vocampus.lekwacht.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.vocampus.lekwacht.audit.AuditAction;
import nl.vocampus.lekwacht.audit.AuditDtos;

/**
 * The texts of the audit trail's pages (the FG's and privacy officer's audit page, the admin's chain check): Dutch in
 * messages/aud.properties, English in messages/aud_en.properties; templates use {aud:key}.
 */
@MessageBundle(value = "aud", locale = "nl")
public interface AuditMsg {

    @Message
    String nav_audit();

    @Message
    String audit_title();

    @Message
    String audit_intro_all();

    @Message
    String audit_intro_schools();

    @Message
    String audit_filter();

    @Message
    String audit_incident();

    @Message
    String audit_incident_hint();

    @Message
    String audit_person();

    @Message
    String audit_person_hint();

    @Message
    String audit_action();

    @Message
    String audit_all_actions();

    @Message
    String audit_from();

    @Message
    String audit_to();

    @Message
    String audit_filter_submit();

    @Message
    String audit_csv();

    @Message
    String audit_empty();

    @Message
    String audit_caption(long total);

    @Message
    String col_position();

    @Message
    String col_at();

    @Message
    String col_actor();

    @Message
    String col_roles();

    @Message
    String col_action();

    @Message
    String col_incident();

    @Message
    String col_school();

    @Message
    String col_address();

    @Message
    String failed_sign_in();

    @Message
    String error_incident();

    @Message
    String error_date();

    @Message
    String error_to_before_from();

    @Message
    String error_person();

    /** Label of each constant: action_$CONSTANT in the message files. */
    @Message
    String action(AuditAction action);

    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_submit();

    @Message
    String verify_intact(long checked, String first, String last);

    @Message
    String verify_empty();

    @Message
    String verify_broken(long position, String problem, long checked);

    /** What is wrong where the chain breaks: problem_$CONSTANT in the message files. */
    @Message
    String problem(AuditDtos.BreakKind kind);

    @Message
    String verify_checked_at(String when);
}
