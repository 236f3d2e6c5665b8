package nl.vocampus.lekwacht.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the privacy officer's pages: dashboard, incident page, register and AP form. A bundle of
 * its own next to {@link Msg} (one bundle with every text grows past what Qute's generated resolver
 * handles). Dutch in messages/po.properties, English in messages/po_en.properties; templates use {po:key}.
 */
@MessageBundle(value = "po", locale = "nl")
public interface PoMsg {

    @Message
    String nav_dashboard();

    @Message
    String nav_register();

    @Message
    String dashboard_title();

    @Message
    String dashboard_intro();

    @Message
    String dashboard_empty();

    @Message
    String dashboard_list_label();

    @Message
    String dashboard_deadline(String when);

    @Message
    String dashboard_remaining(String hours, String minutes);

    @Message
    String dashboard_overdue(String hours, String minutes);

    @Message
    String dashboard_next_step(String kind, String when);

    @Message
    String dashboard_next_step_sending(String kind, String when);

    @Message
    String dashboard_next_step_retrying(String kind, int attempts, String when);

    @Message
    String dashboard_retry_soon();

    @Message
    String dashboard_retrying(int count);

    @Message
    String dashboard_mail_failing_title();

    @Message
    String dashboard_mail_failing_text();

    @Message
    String dashboard_no_next_step();

    @Message
    String dashboard_failed(int count);

    @Message
    String dashboard_legend();

    @Message
    String dashboard_live();

    @Message
    String band_ok();

    @Message
    String band_soon();

    @Message
    String band_urgent();

    @Message
    String band_overdue();

    @Message
    String case_title(String reference);

    @Message
    String case_unknown();

    @Message
    String case_not_yet();

    @Message
    String case_occurred();

    @Message
    String case_aware();

    @Message
    String case_notified();

    @Message
    String case_closed();

    @Message
    String case_by(String actor);

    @Message
    String case_moments();

    @Message
    String case_moments_hint();

    @Message
    String case_details();

    @Message
    String case_school();

    @Message
    String case_timeline();

    @Message
    String case_timeline_empty();

    @Message
    String case_mail_failed();

    @Message
    String case_suggestion();

    @Message
    String case_suggestion_intro();

    @Message
    String case_suggestion_draft();

    @Message
    String case_outcome();

    @Message
    String case_severity();

    @Message
    String case_rules();

    @Message
    String case_read_only();

    @Message
    String case_ap_export();

    @Message
    String case_assessment();

    @Message
    String case_assessment_intro();

    @Message
    String case_assess_submit();

    @Message
    String af_confidentiality();

    @Message
    String af_integrity();

    @Message
    String af_availability();

    @Message
    String af_categories();

    @Message
    String af_people();

    @Message
    String af_children();

    @Message
    String af_encrypted();

    @Message
    String af_key();

    @Message
    String af_backup();

    @Message
    String af_exfiltration();

    @Message
    String af_theft();

    @Message
    String af_exam();

    @Message
    String af_severity();

    @Message
    String af_consequences();

    @Message
    String af_measures();

    @Message
    String case_decision();

    @Message
    String case_decision_intro();

    @Message
    String case_decision_late();

    @Message
    String df_notify();

    @Message
    String decision_notify_yes();

    @Message
    String decision_notify_no();

    @Message
    String df_reasoning();

    @Message
    String df_reasoning_hint();

    @Message
    String df_inform();

    @Message
    String df_inform_legend();

    @Message
    String df_ap_reference();

    @Message
    String df_ap_reference_hint();

    @Message
    String df_notified();

    @Message
    String df_delay();

    @Message
    String df_delay_hint();

    @Message
    String df_submit();

    @Message
    String case_decisions();

    @Message
    String col_when();

    @Message
    String col_outcome();

    @Message
    String col_suggested();

    @Message
    String col_reasoning();

    @Message
    String col_ap_reference();

    @Message
    String col_by();

    @Message
    String case_filings();

    @Message
    String case_filings_empty();

    @Message
    String ff_type();

    @Message
    String ff_filed();

    @Message
    String ff_meldnummer();

    @Message
    String ff_meldnummer_hint();

    @Message
    String ff_delay();

    @Message
    String ff_note();

    @Message
    String ff_submit();

    @Message
    String filing_withdrawn();

    @Message
    String case_informing();

    @Message
    String case_informing_empty();

    @Message
    String if_informed();

    @Message
    String if_methods();

    @Message
    String if_count();

    @Message
    String if_note();

    @Message
    String if_submit();

    @Message
    String informing_row(int count, String methods);

    @Message
    String case_lifecycle();

    @Message
    String lf_close_reason();

    @Message
    String lf_close_submit();

    @Message
    String lf_reopen_reason();

    @Message
    String lf_reopen_hint();

    @Message
    String lf_reopen_aware();

    @Message
    String lf_reopen_aware_hint();

    @Message
    String lf_reopen_submit();

    @Message
    String flag_inspectie();

    @Message
    String flag_police();

    @Message
    String flag_notify_now();

    @Message
    String flag_delay_reason();

    @Message
    String event_reported();

    @Message
    String event_awareness_changed();

    @Message
    String event_assessed();

    @Message
    String event_assessment_changed();

    @Message
    String event_decided();

    @Message
    String event_filed();

    @Message
    String event_informed();

    @Message
    String event_closed();

    @Message
    String event_reopened();

    @Message
    String event_mail_sent(String kind);

    @Message
    String event_mail_failed(String kind);

    @Message
    String error_notify_required();

    @Message
    String error_reasoning_required();

    @Message
    String error_ap_reference_required();

    @Message
    String error_notified_required();

    @Message
    String error_delay_reason_required();

    @Message
    String error_methods_required();

    @Message
    String error_reopen_reason_required();

    @Message
    String error_conflict();

    @Message
    String error_general();

    @Message
    String register_title();

    @Message
    String register_intro();

    @Message
    String register_filter();

    @Message
    String register_school();

    @Message
    String register_all_schools();

    @Message
    String register_from();

    @Message
    String register_to();

    @Message
    String register_filter_submit();

    @Message
    String register_csv();

    @Message
    String register_caption();

    @Message
    String register_empty();

    @Message
    String register_undecided();

    @Message
    String register_ap_link(String reference);

    @Message
    String register_pseudonymised(String date);

    @Message
    String col_school();

    @Message
    String col_aware();

    @Message
    String col_decision();

    @Message
    String col_notified();

    @Message
    String col_ap_export();

    @Message
    String ap_title(String reference);

    @Message
    String ap_intro();

    @Message
    String ap_missing_heading();

    @Message
    String ap_missing_intro();

    @Message
    String ap_complete();

    @Message
    String ap_chapter(int number, String title);

    @Message
    String ap_no_answer();

    @Message
    String ap_print();

    @Message
    String ap_back();

    @Message
    String ap_generated(String when);

    /** Label of each constant: outcome_CONSTANT in the message files. */
    @Message
    String outcome(nl.vocampus.lekwacht.assessment.Outcome outcome);

    /** Label of each constant: severity_CONSTANT in the message files. */
    @Message
    String severity(nl.vocampus.lekwacht.assessment.Severity severity);

    /** Label of each constant: filingType_CONSTANT in the message files. */
    @Message
    String filingType(nl.vocampus.lekwacht.filing.FilingType type);

    /** Label of each constant: informingMethod_CONSTANT in the message files. */
    @Message
    String informingMethod(nl.vocampus.lekwacht.informing.InformingMethod method);

    /** Label of each constant: audience_CONSTANT in the message files. */
    @Message
    String audience(nl.vocampus.lekwacht.escalation.Audience audience);

    /** Label of each constant: stepKind_CONSTANT in the message files. */
    @Message
    String stepKind(nl.vocampus.lekwacht.escalation.StepKind kind);
}
