package nl.vocampus.lekwacht.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages' templates (src/main/resources/templates/web/), checked against these parameters at build time. */
@CheckedTemplate(basePath = "web")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance login(PageContext page, boolean failed, boolean throttled, long lockoutMinutes, boolean loggedOut, boolean formLogin,
                                         boolean demo, boolean oidc);

    static native TemplateInstance melden(PageContext page, ReportFormView view);

    static native TemplateInstance melding(PageContext page, IncidentView incident, boolean justReported);

    static native TemplateInstance meldingen(PageContext page, List<IncidentView> incidents, Pager pager);

    static native TemplateInstance error(PageContext page, String heading, String text);

    static native TemplateInstance dashboard(PageContext page, List<DeadlineRow> rows, long asOf, String etag, boolean mailFailing);

    static native TemplateInstance incident(PageContext page, CaseView view);

    static native TemplateInstance register(PageContext page, List<RegisterPage.Row> rows, List<Option> schools, String from,
                                            String to, String csv, FormErrors errors);

    static native TemplateInstance apFormulier(PageContext page, nl.vocampus.lekwacht.apexport.ApExport export);
}
