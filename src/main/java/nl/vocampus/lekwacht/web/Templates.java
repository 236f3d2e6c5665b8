package nl.vocampus.lekwacht.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages' templates (src/main/resources/templates/web/), checked against these parameters at build time. */
@CheckedTemplate(basePath = "web")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance login(PageContext page, boolean failed, boolean loggedOut, boolean formLogin,
                                         boolean demo, boolean oidc);

    static native TemplateInstance melden(PageContext page, ReportFormView view);

    static native TemplateInstance melding(PageContext page, IncidentView incident, boolean justReported);

    static native TemplateInstance meldingen(PageContext page, List<IncidentView> incidents, Pager pager);

    static native TemplateInstance notFound(PageContext page);
}
