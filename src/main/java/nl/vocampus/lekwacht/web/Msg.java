package nl.vocampus.lekwacht.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.IncidentStatus;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;

/**
 * Every text of the web pages. Dutch in messages/msg.properties (the default locale), English in
 * messages/msg_en.properties; templates use {msg:key}, Java code gets a localized instance from {@link Pages#msg}.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_link();

    @Message
    String nav_label();

    @Message
    String nav_report();

    @Message
    String nav_my_reports();

    @Message
    String nav_all_reports();

    @Message
    String logged_in_as(String name);

    @Message
    String logout();

    @Message
    String footer();

    @Message
    String page_title(String title);

    @Message
    String login_title();

    @Message
    String login_intro();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String login_logged_out();

    @Message
    String login_oidc();

    @Message
    String login_or();

    @Message
    String login_demo_hint();

    @Message
    String guidance_heading();

    @Message
    String guidance_what();

    @Message
    String guidance_when();

    @Message
    String guidance_dont_wait();

    @Message
    String guidance_next();

    @Message
    String guidance_source();

    @Message
    String report_title();

    @Message
    String report_required_note();

    @Message
    String report_submit();

    @Message
    String error_summary_heading();

    @Message
    String error_summary_intro();

    @Message
    String section_what();

    @Message
    String field_kind();

    @Message
    String field_school();

    @Message
    String field_summary();

    @Message
    String hint_summary();

    @Message
    String field_description();

    @Message
    String hint_description();

    @Message
    String field_what_happened();

    @Message
    String hint_what_happened();

    @Message
    String field_how_discovered();

    @Message
    String section_when();

    @Message
    String hint_times();

    @Message
    String field_discovered();

    @Message
    String field_occurred_from();

    @Message
    String field_occurred_to();

    @Message
    String field_aware();

    @Message
    String hint_aware();

    @Message
    String field_date();

    @Message
    String field_time();

    @Message
    String section_device();

    @Message
    String hint_device();

    @Message
    String field_device_type();

    @Message
    String field_school_issued();

    @Message
    String field_asset_tag();

    @Message
    String field_serial_number();

    @Message
    String field_encrypted();

    @Message
    String hint_encrypted();

    @Message
    String field_screen_lock();

    @Message
    String field_remote_wipe();

    @Message
    String field_location();

    @Message
    String field_police_report();

    @Message
    String hint_police_report();

    @Message
    String choose();

    @Message
    String section_data();

    @Message
    String field_categories();

    @Message
    String field_categories_special();

    @Message
    String field_groups();

    @Message
    String field_approximate_people();

    @Message
    String hint_approximate_people();

    @Message
    String section_measures();

    @Message
    String field_measures();

    @Message
    String hint_measures();

    @Message
    String error_kind_required();

    @Message
    String error_school_required();

    @Message
    String error_school_unknown();

    @Message
    String error_summary_required();

    @Message
    String error_description_required();

    @Message
    String error_discovered_required();

    @Message
    String error_device_type_required();

    @Message
    String error_required();

    @Message
    String error_too_long(int max);

    @Message
    String error_whole_number();

    @Message
    String error_number_range();

    @Message
    String error_date();

    @Message
    String error_time();

    @Message
    String error_time_missing();

    @Message
    String error_date_missing();

    @Message
    String error_time_gap();

    @Message
    String error_future();

    @Message
    String error_to_before_from();

    @Message
    String error_discovered_before_occurred();

    @Message
    String error_aware_before_discovered();

    @Message
    String error_invalid_choice();

    @Message
    String error_invalid();

    @Message
    String confirm_title(String reference);

    @Message
    String confirm_received();

    @Message
    String confirm_reference();

    @Message
    String confirm_reference_hint();

    @Message
    String confirm_deadline();

    @Message
    String confirm_deadline_value(String when);

    @Message
    String confirm_remaining();

    @Message
    String confirm_overdue();

    @Message
    String confirm_decided();

    @Message
    String confirm_next_heading();

    @Message
    String confirm_next_notified();

    @Message
    String confirm_next_assess();

    @Message
    String confirm_next_contact();

    @Message
    String confirm_next_more();

    @Message
    String confirm_details();

    @Message
    String confirm_kind();

    @Message
    String confirm_status();

    @Message
    String confirm_summary();

    @Message
    String confirm_description();

    @Message
    String confirm_discovered();

    @Message
    String confirm_aware();

    @Message
    String confirm_reported();

    @Message
    String confirm_back();

    @Message
    String confirm_new();

    @Message
    String list_title_own();

    @Message
    String list_title_all();

    @Message
    String list_intro_own();

    @Message
    String list_intro_all();

    @Message
    String list_empty();

    @Message
    String list_reference();

    @Message
    String list_summary();

    @Message
    String list_kind();

    @Message
    String list_status();

    @Message
    String list_deadline();

    @Message
    String list_reporter();

    @Message
    String list_overdue();

    @Message
    String list_previous();

    @Message
    String list_next();

    @Message
    String list_page(int page, int pages);

    @Message
    String list_caption();

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String not_found_back();

    @Message
    String remaining_days_hours(int days, int hours);

    @Message
    String remaining_day_hours(int hours);

    @Message
    String remaining_hours_minutes(int hours, int minutes);

    @Message
    String remaining_minutes(int minutes);

    @Message
    String overdue_by(int hours);

    @Message
    String date_time(String date, String time);

    /** Label of each constant: kind_$CONSTANT in the message files. */
    @Message
    String kind(IncidentKind kind);

    /** Label of each constant: status_CONSTANT in the message files. */
    @Message
    String status(IncidentStatus status);

    /** Label of each constant: deviceType_$CONSTANT in the message files. */
    @Message
    String deviceType(DeviceType type);

    /** Label of each constant: yesNoUnknown_CONSTANT in the message files. */
    @Message
    String yesNoUnknown(YesNoUnknown value);

    /** Label of each constant: remoteWipe_$CONSTANT in the message files. */
    @Message
    String remoteWipe(RemoteWipe value);

    /** Label of each constant: whatHappened_$CONSTANT in the message files. */
    @Message
    String whatHappened(WhatHappened value);

    /** Label of each constant: dataCategory_$CONSTANT in the message files. */
    @Message
    String dataCategory(DataCategory category);

    /** Label of each constant: affectedGroup_CONSTANT in the message files. */
    @Message
    String affectedGroup(AffectedGroup group);

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
