package nl.vocampus.lekwacht.web;

import org.jboss.resteasy.reactive.RestForm;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The report form as the browser sends it: every value as typed, so a form with errors can be shown
 * again exactly as it was filled in. {@link ReportFormReader} turns it into a CreateIncidentRequest.
 */
public class ReportForm {

    /** The fields in the order of the page, for the error summary. */
    static final List<String> FIELD_ORDER = List.of("kind", "school", "managerEmail", "summary", "description", "whatHappened",
            "howDiscovered", "discoveredDate", "discoveredTime", "occurredFromDate", "occurredFromTime", "occurredToDate",
            "occurredToTime", "awareDate", "awareTime", "deviceType", "deviceSchoolIssued", "deviceAssetTag",
            "deviceSerialNumber", "deviceEncrypted", "deviceScreenLock", "deviceRemoteWipe", "deviceLocation",
            "policeReportNumber", "categories", "groups", "approximatePeople", "measuresTaken");

    @RestForm public String kind;
    @RestForm public String school;
    @RestForm public String managerEmail;
    @RestForm public String summary;
    @RestForm public String description;
    @RestForm public String whatHappened;
    @RestForm public String howDiscovered;
    @RestForm public String discoveredDate;
    @RestForm public String discoveredTime;
    @RestForm public String occurredFromDate;
    @RestForm public String occurredFromTime;
    @RestForm public String occurredToDate;
    @RestForm public String occurredToTime;
    @RestForm public String awareDate;
    @RestForm public String awareTime;
    @RestForm public String deviceType;
    @RestForm public String deviceSchoolIssued;
    @RestForm public String deviceAssetTag;
    @RestForm public String deviceSerialNumber;
    @RestForm public String deviceEncrypted;
    @RestForm public String deviceScreenLock;
    @RestForm public String deviceRemoteWipe;
    @RestForm public String deviceLocation;
    @RestForm public String policeReportNumber;
    @RestForm public List<String> categories;
    @RestForm public List<String> groups;
    @RestForm public String approximatePeople;
    @RestForm public String measuresTaken;

    /** A new form: discovered now, the default school, "weet ik niet" where a device question has it. */
    static ReportForm blank(ZonedDateTime now, String defaultSchool) {
        ReportForm form = new ReportForm();
        form.school = defaultSchool;
        form.discoveredDate = now.format(DateTimeFormatter.ISO_LOCAL_DATE);
        form.discoveredTime = now.format(DateTimeFormatter.ofPattern("HH:mm"));
        form.deviceEncrypted = "UNKNOWN";
        form.deviceScreenLock = "UNKNOWN";
        form.deviceRemoteWipe = "UNKNOWN";
        return form.normalized();
    }

    /** Absent fields become empty, so the page shows nothing rather than "null". */
    ReportForm normalized() {
        kind = orEmpty(kind);
        school = orEmpty(school);
        managerEmail = orEmpty(managerEmail);
        summary = orEmpty(summary);
        description = orEmpty(description);
        whatHappened = orEmpty(whatHappened);
        howDiscovered = orEmpty(howDiscovered);
        discoveredDate = orEmpty(discoveredDate);
        discoveredTime = orEmpty(discoveredTime);
        occurredFromDate = orEmpty(occurredFromDate);
        occurredFromTime = orEmpty(occurredFromTime);
        occurredToDate = orEmpty(occurredToDate);
        occurredToTime = orEmpty(occurredToTime);
        awareDate = orEmpty(awareDate);
        awareTime = orEmpty(awareTime);
        deviceType = orEmpty(deviceType);
        deviceSchoolIssued = orEmpty(deviceSchoolIssued);
        deviceAssetTag = orEmpty(deviceAssetTag);
        deviceSerialNumber = orEmpty(deviceSerialNumber);
        deviceEncrypted = orEmpty(deviceEncrypted);
        deviceScreenLock = orEmpty(deviceScreenLock);
        deviceRemoteWipe = orEmpty(deviceRemoteWipe);
        deviceLocation = orEmpty(deviceLocation);
        policeReportNumber = orEmpty(policeReportNumber);
        categories = categories == null ? new ArrayList<>() : categories;
        groups = groups == null ? new ArrayList<>() : groups;
        approximatePeople = orEmpty(approximatePeople);
        measuresTaken = orEmpty(measuresTaken);
        return this;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
