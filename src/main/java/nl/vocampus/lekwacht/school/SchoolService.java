package nl.vocampus.lekwacht.school;

import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.audit.AuditAction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.SchoolDtos.ManagerResponse;
import nl.vocampus.lekwacht.school.SchoolDtos.SchoolResponse;
import nl.vocampus.lekwacht.security.CurrentUser;

import java.util.List;

@ApplicationScoped
public class SchoolService {

    private final Directory directory;

    private final AuditTrail audit;

    SchoolService(Directory directory, AuditTrail audit) {
        this.audit = audit;
        this.directory = directory;
    }

    /**
     * Every school of the foundation that takes reports, with its leidinggevenden: anyone may report at any school
     * (a teacher who works at two), and names their leidinggevende there.
     */
    @Transactional
    public List<SchoolResponse> list() {
        return School.<School>list("active", Sort.by("code"), true).stream().map(this::toResponse).toList();
    }

    @Transactional
    public SchoolResponse get(String code) {
        return toResponse(require(code));
    }

    /** The controller data for the AP form, for those who read the school's incidents. */
    @Transactional
    public SchoolDtos.ControllerDetails controller(String code, CurrentUser user) {
        School school = readable(code, user);
        return controllerOf(school);
    }

    /** Replaces the controller data the AP export reads; blank fields are cleared. Privacy officer of the school. */
    @Transactional
    public SchoolDtos.ControllerDetails replaceController(String code, SchoolDtos.ControllerDetails details, CurrentUser user) {
        return replaceController(handled(code, user), details);
    }

    /** Replaces the controller data of a school; for its privacy officer and the functioneel beheerder. */
    @Transactional
    public SchoolDtos.ControllerDetails replaceController(School school, SchoolDtos.ControllerDetails details) {
        audit.record(AuditAction.CONTROLLER, null, school.code);
        school.address = blankToNull(details.address());
        school.kvkNumber = blankToNull(details.kvkNumber());
        school.sector = blankToNull(details.sector());
        school.contactName = blankToNull(details.contactName());
        school.contactJobTitle = blankToNull(details.contactJobTitle());
        school.contactPhone = blankToNull(details.contactPhone());
        return controllerOf(school);
    }

    /** A school whose every incident the user reads (directie, privacy officer, FG); any other is "not found". */
    public School readable(String code, CurrentUser user) {
        School school = School.findByCode(code);
        if (school == null || !user.access().readSchools().contains(school.id)) {
            throw ProblemException.notFound("School " + code);
        }
        return school;
    }

    /** A school where the user is privacy officer; one they only read is 403, any other "not found". */
    public School handled(String code, CurrentUser user) {
        School school = readable(code, user);
        if (!user.access().actsOn(school.id)) {
            throw new io.quarkus.security.ForbiddenException("not a privacy officer of " + school.code);
        }
        return school;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public School require(String code) {
        School school = School.findByCode(code);
        if (school == null) {
            throw ProblemException.notFound("School " + code);
        }
        return school;
    }

    private SchoolResponse toResponse(School school) {
        return new SchoolResponse(school.code, school.name, school.foundation, school.active,
                directory.managersOf(school).stream().map(p -> new ManagerResponse(p.name, p.email, p.defaultManager)).toList());
    }

    public static SchoolDtos.ControllerDetails controllerOf(School school) {
        return new SchoolDtos.ControllerDetails(school.address, school.kvkNumber, school.sector, school.contactName,
                school.contactJobTitle, school.contactPhone);
    }
}
