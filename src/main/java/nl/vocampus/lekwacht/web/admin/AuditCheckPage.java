package nl.vocampus.lekwacht.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.vocampus.lekwacht.audit.AuditDtos;
import nl.vocampus.lekwacht.audit.AuditService;
import nl.vocampus.lekwacht.security.Roles;
import nl.vocampus.lekwacht.web.AuditMsg;
import nl.vocampus.lekwacht.web.PageContext;
import nl.vocampus.lekwacht.web.PageTime;

/**
 * The admin's command to check the audit trail: walks the chain as GET /api/audit/verify does and says whether it is
 * intact, or where it breaks. A form (POST) since the walk reads the whole trail: not something a link or a reload
 * should start.
 */
@Path("/beheer/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
@Blocking
public class AuditCheckPage {

    /** The outcome as shown: one sentence, and whether it is bad news. */
    public record Outcome(String text, boolean broken, String checkedAt) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance audit(PageContext page, Outcome outcome);
    }

    private final AuditService audit;
    private final AdminPages pages;
    private final PageTime time;

    AuditCheckPage(AuditService audit, AdminPages pages, PageTime time) {
        this.audit = audit;
        this.pages = pages;
        this.time = time;
    }

    @GET
    public TemplateInstance show() {
        return render(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check() {
        AuditDtos.ChainCheck check = audit.verify();
        AuditMsg aud = pages.pages().audit();
        String text;
        if (check.firstPosition() == null) {
            text = aud.verify_empty();
        } else if (check.intact()) {
            text = aud.verify_intact(check.checked(), check.firstPosition().toString(), check.lastPosition().toString());
        } else {
            text = aud.verify_broken(check.firstBrokenPosition(), aud.problem(check.problem()), check.checked());
        }
        return render(new Outcome(text, !check.intact(), aud.verify_checked_at(
                time.dateTime(check.checkedAt(), pages.pages().locale(), pages.pages().msg()))));
    }

    private TemplateInstance render(Outcome outcome) {
        return pages.pages().localized(Templates.audit(pages.context(pages.pages().audit().verify_title()), outcome));
    }
}
