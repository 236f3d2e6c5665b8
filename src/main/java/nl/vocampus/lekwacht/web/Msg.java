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
    String nav_admin();

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
    String login_throttled(long minutes);

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

    String field_manager();

    String hint_manager();

    String manager_default();

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
    String error_school_inactive();

    String error_manager_unknown();

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
    String error_aware_before_current();

    @Message
    String error_invalid_choice();

    @Message
    String error_invalid();

    @Message
    String error_invalid_character();

    @Message
    String error_too_early();

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

    /** Heading of each error page: errorTitle_$CONSTANT in the message files. */
    @Message
    String errorTitle(PageError error);

    /** What happened and what to do, per error page: errorText_$CONSTANT in the message files. */
    @Message
    String errorText(PageError error);

    @Message
    String error_page_back();

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
    String overdue_by_minutes(int minutes);

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
    String language_label();

    @Message
    String nav_inbox();

    @Message
    String inbox_title();

    @Message
    String inbox_message_title(String subject);

    @Message
    String inbox_intro_own();

    @Message
    String inbox_intro_all();

    @Message
    String inbox_empty();

    @Message
    String inbox_caption();

    @Message
    String inbox_sent();

    @Message
    String inbox_from();

    @Message
    String inbox_to();

    @Message
    String inbox_subject();

    @Message
    String inbox_attachments();

    @Message
    String inbox_teams();

    @Message
    String inbox_back();

    @Message
    String inbox_frame_title(String subject);

    @Message
    String inbox_text_version();
}
