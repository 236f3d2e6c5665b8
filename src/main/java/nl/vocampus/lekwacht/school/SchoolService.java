package nl.vocampus.lekwacht.school;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.vocampus.lekwacht.problem.FieldErrors;
import nl.vocampus.lekwacht.problem.ProblemException;
import nl.vocampus.lekwacht.school.SchoolDtos.ContactRequest;
import nl.vocampus.lekwacht.school.SchoolDtos.ContactResponse;
import nl.vocampus.lekwacht.school.SchoolDtos.SchoolResponse;

import java.util.List;

@ApplicationScoped
public class SchoolService {

    @Transactional
    public List<SchoolResponse> list() {
        return School.<School>listAll(Sort.by("code")).stream().map(SchoolService::toResponse).toList();
    }

    @Transactional
    public SchoolResponse get(String code) {
        return toResponse(require(code));
    }

    /** Replaces the contacts as a whole; later escalations go to the new people. */
    @Transactional
    public SchoolResponse replaceContacts(String code, List<ContactRequest> contacts) {
        School school = require(code);
        new FieldErrors()
                .check(contacts.stream().anyMatch(c -> c.role() == ContactRole.PRIVACY_OFFICER && !c.deputy()),
                        "contacts", "must name a privacy officer who is not a deputy")
                .check(contacts.stream().anyMatch(c -> c.role() == ContactRole.MANAGER),
                        "contacts", "must name at least one leidinggevende (MANAGER)")
                .throwIfAny();
        school.contacts.clear();
        School.flush();
        for (ContactRequest request : contacts) {
            SchoolContact contact = new SchoolContact();
            contact.school = school;
            contact.role = request.role();
            contact.name = request.name().strip();
            contact.email = request.email().strip();
            contact.deputy = request.deputy();
            school.contacts.add(contact);
        }
        School.flush();
        return toResponse(school);
    }

    /** Replaces the controller data the AP export reads; blank fields are cleared. */
    @Transactional
    public SchoolResponse replaceController(String code, SchoolDtos.ControllerDetails details) {
        School school = require(code);
        school.address = blankToNull(details.address());
        school.kvkNumber = blankToNull(details.kvkNumber());
        school.sector = blankToNull(details.sector());
        school.contactName = blankToNull(details.contactName());
        school.contactJobTitle = blankToNull(details.contactJobTitle());
        school.contactPhone = blankToNull(details.contactPhone());
        return toResponse(school);
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

    static SchoolResponse toResponse(School school) {
        return new SchoolResponse(school.code, school.name, school.foundation,
                new SchoolDtos.ControllerDetails(school.address, school.kvkNumber, school.sector, school.contactName,
                        school.contactJobTitle, school.contactPhone),
                school.contacts.stream().map(c -> new ContactResponse(c.role, c.name, c.email, c.deputy)).toList());
    }
}
