package nl.vocampus.lekwacht.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as one of the demo users. */
public final class Api {

    public static final String STAFF = "medewerker";
    public static final String MANAGER = "leidinggevende";
    public static final String PRIVACY = "privacy";
    public static final String DPO = "fg";

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, "demo").contentType(ContentType.JSON);
    }

    /** Reports a lost laptop as staff and returns its id. */
    public static String reportLostLaptop(String discoveredAt) {
        return as(STAFF).body(lostLaptop(discoveredAt)).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    /** The minimal valid report (a lost laptop), with the discovery moment given. */
    public static String lostLaptop(String discoveredAt) {
        return """
                {"kind": "LOST_DEVICE", "school": "SSGN", "summary": "Laptop kwijt in de trein",
                 "description": "Schoollaptop met cijferlijsten laten liggen",
                 "discoveredAt": "%s",
                 "device": {"type": "LAPTOP", "schoolIssued": true, "encrypted": "UNKNOWN"},
                 "dataInvolved": {"groups": ["PUPILS"], "approximatePeople": 120}}""".formatted(discoveredAt);
    }
}
