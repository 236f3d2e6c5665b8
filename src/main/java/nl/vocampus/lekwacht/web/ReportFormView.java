package nl.vocampus.lekwacht.web;

import nl.vocampus.lekwacht.incident.AffectedGroup;
import nl.vocampus.lekwacht.incident.DataCategory;
import nl.vocampus.lekwacht.incident.DeviceType;
import nl.vocampus.lekwacht.incident.IncidentKind;
import nl.vocampus.lekwacht.incident.RemoteWipe;
import nl.vocampus.lekwacht.incident.WhatHappened;
import nl.vocampus.lekwacht.incident.YesNoUnknown;
import nl.vocampus.lekwacht.school.SchoolDtos.SchoolResponse;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The report form ready to show: typed values, every choice with its label and state, and the errors. */
public class ReportFormView {

    /** The leidinggevenden of one school, an optgroup of the select. */
    public record ManagerGroup(String school, List<Option> managers) {
    }

    /** A link of the error summary to the field it is about. */
    public record ErrorLink(String anchor, String message) {
    }

    public final ReportForm form;
    public final FormErrors errors;
    public final List<ErrorLink> errorSummary;
    public final List<Option> kinds;
    public final List<Option> schools;
    /** The leidinggevenden to choose from, by school. */
    public final List<ManagerGroup> managerGroups;
    public final boolean managerUnknownChosen;
    public final List<Option> whatHappened;
    public final List<Option> deviceTypes;
    public final List<Option> schoolIssued;
    public final List<Option> encrypted;
    public final List<Option> screenLock;
    public final List<Option> remoteWipe;
    public final List<Option> ordinaryCategories;
    public final List<Option> specialCategories;
    public final List<Option> groups;

    ReportFormView(ReportForm form, FormErrors errors, List<SchoolResponse> schoolList, Msg msg) {
        this.form = form;
        this.errors = errors;
        this.kinds = options("kind", IncidentKind.values(), msg::kind, form.kind);
        this.schools = schoolList.stream()
                .map(s -> new Option("school-" + s.code(), s.code(), s.name(), s.code().equalsIgnoreCase(form.school)))
                .toList();
        this.managerGroups = schoolList.stream().filter(s -> !s.managers().isEmpty())
                .map(s -> new ManagerGroup(s.name(), s.managers().stream()
                        .map(m -> new Option("managerEmail-" + s.code() + "-" + m.email(), m.email(), m.name(),
                                m.email().equalsIgnoreCase(form.managerEmail))).toList()))
                .toList();
        this.managerUnknownChosen = form.managerEmail == null || form.managerEmail.isBlank();
        this.whatHappened = options("whatHappened", WhatHappened.values(), msg::whatHappened, form.whatHappened);
        this.deviceTypes = options("deviceType", DeviceType.values(), msg::deviceType, form.deviceType);
        this.schoolIssued = options("deviceSchoolIssued", new YesNoUnknown[]{YesNoUnknown.YES, YesNoUnknown.NO},
                msg::yesNoUnknown, form.deviceSchoolIssued);
        this.encrypted = options("deviceEncrypted", YesNoUnknown.values(), msg::yesNoUnknown, form.deviceEncrypted);
        this.screenLock = options("deviceScreenLock", YesNoUnknown.values(), msg::yesNoUnknown, form.deviceScreenLock);
        this.remoteWipe = options("deviceRemoteWipe", RemoteWipe.values(), msg::remoteWipe, form.deviceRemoteWipe);
        this.ordinaryCategories = checkboxes("categories", DataCategory.values(), c -> !c.isSpecial(), msg::dataCategory, form.categories);
        this.specialCategories = checkboxes("categories", DataCategory.values(), DataCategory::isSpecial, msg::dataCategory, form.categories);
        this.groups = checkboxes("groups", AffectedGroup.values(), g -> true, msg::affectedGroup, form.groups);
        this.errorSummary = errors.inOrder(ReportForm.FIELD_ORDER).stream()
                .map(e -> new ErrorLink(anchor(e.field()), e.message()))
                .toList();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The element a summary link jumps to: the input itself, or the first choice of a group. */
    private String anchor(String field) {
        return switch (field) {
            case "kind" -> kinds.get(0).id();
            case "whatHappened" -> whatHappened.get(0).id();
            case "deviceSchoolIssued" -> schoolIssued.get(0).id();
            case "deviceEncrypted" -> encrypted.get(0).id();
            case "deviceScreenLock" -> screenLock.get(0).id();
            case "deviceRemoteWipe" -> remoteWipe.get(0).id();
            case "categories" -> ordinaryCategories.get(0).id();
            case "groups" -> groups.get(0).id();
            default -> field;
        };
    }

    private static <E extends Enum<E>> List<Option> options(String name, E[] values, Function<E, String> label, String current) {
        return Arrays.stream(values)
                .map(v -> new Option(name + "-" + v.name(), v.name(), label.apply(v), v.name().equals(current)))
                .toList();
    }

    private static <E extends Enum<E>> List<Option> checkboxes(String name, E[] values, Predicate<E> include,
                                                              Function<E, String> label, List<String> current) {
        return Arrays.stream(values).filter(include)
                .map(v -> new Option(name + "-" + v.name(), v.name(), label.apply(v), current.contains(v.name())))
                .toList();
    }
}
