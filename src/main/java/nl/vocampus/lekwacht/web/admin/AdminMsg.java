package nl.vocampus.lekwacht.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the functioneel beheerder's pages. Dutch in messages/adm.properties, English in
 * messages/adm_en.properties; templates use {adm:key}.
 */
@MessageBundle(value = "adm", locale = "nl")
public interface AdminMsg {

    @Message
    String admin_title();

    @Message
    String schools_title();

    @Message
    String schools_intro();

    @Message
    String schools_table_caption();

    @Message
    String col_code();

    @Message
    String col_name();

    @Message
    String col_foundation();

    @Message
    String col_status();

    @Message
    String col_manage();

    @Message
    String status_active();

    @Message
    String status_inactive();

    @Message
    String link_people();

    @Message
    String link_ladder();

    @Message
    String link_controller();

    @Message
    String field_code();

    @Message
    String field_code_hint();

    @Message
    String field_name();

    @Message
    String field_foundation();

    @Message
    String rename_heading();

    @Message
    String rename_legend(String code);

    @Message
    String rename_submit();

    @Message
    String deactivate_legend(String code);

    @Message
    String deactivate_hint();

    @Message
    String deactivate_submit();

    @Message
    String reactivate_submit();

    @Message
    String add_heading();

    @Message
    String add_hint();

    @Message
    String add_submit();

    @Message
    String saved();

    @Message
    String back_to_schools();

    @Message
    String error_summary_intro();

    @Message
    String error_required();

    @Message
    String error_too_long();

    @Message
    String error_email();

    @Message
    String error_code_pattern();

    @Message
    String error_taken();

    @Message
    String error_invalid_character();

    @Message
    String error_unknown_value();

    @Message
    String error_out_of_range();

    @Message
    String error_out_of_order();

    @Message
    String error_overdue_at_deadline();

    @Message
    String error_no_early_rung();

    @Message
    String error_missing_role();

    @Message
    String error_no_people();

    @Message
    String error_invalid();

    @Message
    String error_date();

    @Message
    String people_title(String name);

    @Message
    String people_intro();

    @Message
    String person_heading(String name);

    @Message
    String away_now();

    @Message
    String field_email();

    @Message
    String field_subject();

    @Message
    String field_subject_hint();

    @Message
    String field_sign_in_name();

    @Message
    String field_roles();

    @Message
    String role_staff();

    @Message
    String role_manager();

    @Message
    String role_management();

    @Message
    String role_privacy_officer();

    @Message
    String role_dpo();

    @Message
    String field_default_manager();

    @Message
    String field_deputy();

    String link_teams();

    String teams_title(String name);

    String teams_intro();

    String teams_current(String host, String endsWith, String setAt, String setBy);

    String teams_none();

    String field_teams_url();

    String hint_teams_url();

    String teams_submit();

    String teams_remove();

    String teams_no_key();

    String error_not_a_webhook();

    String field_language();

    String language_nl();

    String language_en();

    @Message
    String deputy_none();

    @Message
    String absences_legend();

    @Message
    String absence_period(String from, String to);

    @Message
    String absence_remove(String from, String to);

    @Message
    String absence_none();

    @Message
    String absence_from();

    @Message
    String absence_to();

    @Message
    String person_submit();

    @Message
    String person_remove();

    @Message
    String person_remove_hint();

    @Message
    String person_add_heading();

    @Message
    String person_add_submit();

    @Message
    String ladder_title(String name);

    @Message
    String ladder_intro();

    @Message
    String timeline_heading();

    @Message
    String timeline_label();

    @Message
    String timeline_start();

    @Message
    String timeline_end();

    @Message
    String rung_at(int hours);

    @Message
    String ladder_edit_heading();

    @Message
    String ladder_rules();

    @Message
    String rung_legend(int number);

    @Message
    String field_hours();

    @Message
    String field_kind();

    @Message
    String kind_empty();

    @Message
    String kind_reminder();

    @Message
    String kind_advise_notify_now();

    @Message
    String kind_escalation();

    @Message
    String kind_final_warning();

    @Message
    String kind_overdue();

    @Message
    String field_audience();

    @Message
    String audience_manager();

    @Message
    String audience_privacy_officer();

    @Message
    String audience_dpo();

    @Message
    String audience_management();

    @Message
    String ladder_submit();

    @Message
    String controller_title(String name);

    @Message
    String controller_intro();

    @Message
    String field_address();

    @Message
    String field_kvk();

    @Message
    String field_sector();

    @Message
    String field_contact_name();

    @Message
    String field_contact_job_title();

    @Message
    String field_contact_phone();

    @Message
    String controller_submit();
}
