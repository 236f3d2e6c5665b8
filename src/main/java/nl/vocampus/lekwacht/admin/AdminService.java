package nl.vocampus.lekwacht.admin;

import nl.vocampus.lekwacht.audit.AuditTrail;
import nl.vocampus.lekwacht.audit.AuditAction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.admin.AdminDtos.AdminSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.NewSchool;
import nl.vocampus.lekwacht.admin.AdminDtos.SchoolRename;
import nl.vocampus.lekwacht.escalation.EscalationLadder;
import nl.vocampus.lekwacht.escalation.LadderDtos.Ladder;
import nl.vocampus.lekwacht.people.Directory;
import nl.vocampus.lekwacht.people.SchoolRole;
import nl.vocampus.lekwacht.problem.ErrorCode;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.School;

import nl.vocampus.lekwacht.people.PeopleDtos.PersonRequest;
import nl.vocampus.lekwacht.people.PeopleDtos.PersonResponse;
import nl.vocampus.lekwacht.people.PeopleService;
import nl.vocampus.lekwacht.school.SchoolDtos.ControllerDetails;
import nl.vocampus.lekwacht.school.SchoolService;

import java.util.List;
import java.util.Locale;

/** The schools of the foundation as the functioneel beheerder keeps them: every school, no incident. */
@ApplicationScoped
public class AdminService {

    private final EscalationLadder ladders;
    private final Directory directory;
    private final PeopleService people;
    private final SchoolService schoolService;

    private final AuditTrail audit;

    AdminService(EscalationLadder ladders, Directory directory, PeopleService people, SchoolService schoolService, AuditTrail audit) {
        this.audit = audit;
        this.ladders = ladders;
        this.directory = directory;
        this.people = people;
        this.schoolService = schoolService;
    }

    @Transactional
    public List<AdminSchool> schools() {
        return School.<School>listAll(Sort.by("code")).stream().map(AdminService::view).toList();
    }

    @Transactional
    public AdminSchool school(String code) {
        return view(require(code));
    }

    /** A new school, deactivated until its people are listed, with the protocol's ladder. */
    @Transactional
    public AdminSchool add(NewSchool request) {
        String code = request.code().strip().toUpperCase(Locale.ROOT);
        new FieldErrors().check(School.findByCode(code) == null, "code", ErrorCode.TAKEN, "is taken by another school").throwIfAny();
        School school = new School();
        school.code = code;
        school.name = request.name().strip();
        school.foundation = request.foundation().strip();
        school.active = false;
        school.persist();
        ladders.replace(school, new Ladder(EscalationLadder.STANDARD));
        audit.record(AuditAction.SCHOOL, null, school.code);
        return view(school);
    }

    @Transactional
    public AdminSchool rename(String code, SchoolRename request) {
        School school = require(code);
        school.name = request.name().strip();
        school.foundation = request.foundation().strip();
        audit.record(AuditAction.SCHOOL, null, school.code);
        return view(school);
    }

    /** No new reports from now on; what the school reported stays, and pending escalations still go out. */
    @Transactional
    public AdminSchool deactivate(String code) {
        School school = require(code);
        school.active = false;
        audit.record(AuditAction.SCHOOL, null, school.code);
        return view(school);
    }

    /**
     * Takes reports again, or for the first time. Only with someone to tell: a report at a school without a privacy
     * officer or a default leidinggevende would reach nobody.
     */
    @Transactional
    public AdminSchool reactivate(String code) {
        School school = require(code);
        if (directory.withRole(school, SchoolRole.PRIVACY_OFFICER).isEmpty() || directory.defaultManagersOf(school).isEmpty()) {
            throw ProblemException.conflict("School " + school.code + " has no privacy officer or default leidinggevende yet; "
                    + "list its people first (PUT /api/admin/schools/" + school.code + "/people)");
        }
        school.active = true;
        audit.record(AuditAction.SCHOOL, null, school.code);
        return view(school);
    }

    @Transactional
    public List<PersonResponse> people(String code) {
        return people.list(require(code));
    }

    @Transactional
    public List<PersonResponse> replacePeople(String code, List<PersonRequest> list) {
        return people.replace(require(code), list);
    }

    @Transactional
    public Ladder ladder(String code) {
        return ladders.of(require(code));
    }

    @Transactional
    public Ladder replaceLadder(String code, Ladder ladder) {
        School school = require(code);
        audit.record(AuditAction.LADDER, null, school.code);
        return ladders.replace(school, ladder);
    }

    @Transactional
    public ControllerDetails controller(String code) {
        return SchoolService.controllerOf(require(code));
    }

    @Transactional
    public ControllerDetails replaceController(String code, ControllerDetails details) {
        return schoolService.replaceController(require(code), details);
    }

    /** Any school, active or not; an unknown code is 404. */
    public School require(String code) {
        School school = School.findByCode(code);
        if (school == null) {
            throw ProblemException.notFound("School " + code);
        }
        return school;
    }

    private static AdminSchool view(School school) {
        return new AdminSchool(school.code, school.name, school.foundation, school.active);
    }
}
