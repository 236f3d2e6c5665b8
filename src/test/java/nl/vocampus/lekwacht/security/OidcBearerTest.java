package nl.vocampus.lekwacht.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static nl.vocampus.lekwacht.support.Api.lostLaptop;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** /api/* with OIDC bearer tokens whose app roles sit in the "roles" claim, as Entra ID issues them. */
@QuarkusTest
@TestProfile(OidcProfile.class)
class OidcBearerTest {

    /** The Entra object id of a privacy officer the directory lists at SSgN. */
    static final String OFFICER_OID = "5d0c2c8e-1f4b-4c1e-9a57-0b3f5e7a9c21";

    /** Before each test, as the database is reset before the first test of each class. */
    @BeforeEach
    void listTheOfficerInTheDirectory() {
        as(PRIVACY).body("""
                {"people": [
                  {"roles": ["STAFF"], "name": "Medewerker SSgN", "email": "medewerker@ssgn.example", "subject": "medewerker"},
                  {"roles": ["MANAGER"], "name": "Teamleider SSgN", "email": "leidinggevende@ssgn.example", "subject": "leidinggevende", "defaultManager": true},
                  {"roles": ["PRIVACY_OFFICER"], "name": "Privacy verantwoordelijke SSgN", "email": "privacy@ssgn.example", "subject": "privacy"},
                  {"roles": ["PRIVACY_OFFICER"], "name": "P. Officer", "email": "p.officer@ssgn.example", "subject": "%s"}]}"""
                .formatted(OFFICER_OID)).put("/api/schools/SSGN/people").then().statusCode(200);
    }

    @Test
    void aPrivacyOfficersTokenSeesTheReportsOfTheSchoolTheDirectoryListsThemAt() {
        String demoReport = as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("reference");
        bearer(officer()).get("/api/incidents?size=100").then().statusCode(200)
                .body("items.reference", hasItem(demoReport));
        // The app role alone says what someone may be, not where: without a directory entry, only their own reports.
        bearer(token("unlisted.officer@ssgn.example", "privacy-officer")).get("/api/incidents?size=100").then().statusCode(200)
                .body("items.reference", org.hamcrest.Matchers.not(hasItem(demoReport)));
    }

    @Test
    void aRenamedUserKeepsTheirReports() {
        String oid = "0b9d6c1e-7a42-4f3a-8e5d-2c1b0a9f8e7d";
        String reference = bearer(tokenWithOid("j.jansen@ssgn.example", oid, "staff")).body(lostLaptop("2026-11-20T08:15:00+01:00"))
                .post("/api/incidents").then().statusCode(201).extract().path("reference");
        bearer(tokenWithOid("j.de-vries@ssgn.example", oid, "staff")).get("/api/incidents?size=100").then().statusCode(200)
                .body("items.reference", hasItem(reference));
        // Someone given the old name later is another person.
        bearer(tokenWithOid("j.jansen@ssgn.example", "6e5d4c3b-2a19-4f08-9e7d-6c5b4a392817", "staff")).get("/api/incidents?size=100")
                .then().statusCode(200).body("items.reference", org.hamcrest.Matchers.not(hasItem(reference)));
    }

    @Test
    void aTokenWithoutALekwachtRoleGets403() {
        bearer(tokenWithOid("gast@ssgn.example", "1a2b3c4d-0000-4000-8000-000000000001")).get("/api/incidents").then().statusCode(403)
                .contentType("application/problem+json");
        bearer(tokenWithOid("gast@ssgn.example", "1a2b3c4d-0000-4000-8000-000000000001", "some-other-apps-role"))
                .body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents").then().statusCode(403);
    }

    @Test
    void aStaffTokenSeesOnlyItsOwnReports() {
        String teacher = "t.docent@ssgn.example";
        as(STAFF).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents").then().statusCode(201);
        String own = bearer(token(teacher, "staff")).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).body("reporter", equalTo(teacher)).extract().path("reference");
        bearer(token(teacher, "staff")).get("/api/incidents?size=100").then().statusCode(200)
                .body("items.reference", hasItem(own))
                .body("items.reporter", everyItem(equalTo(teacher)));
    }

    @Test
    void noTokenOrABadTokenIsTheUsual401Problem() {
        RestAssured.given().get("/api/incidents").then().statusCode(401).contentType("application/problem+json");
        bearer("not.a.token").get("/api/incidents").then().statusCode(401);
        String otherAudience = Jwt.preferredUserName("x@ssgn.example").claim("roles", List.of("privacy-officer"))
                .issuer(OidcProfile.ISSUER).audience("some-other-app").jws().keyId("1").sign("privateKey.jwk");
        bearer(otherAudience).get("/api/incidents").then().statusCode(401);
    }

    @Test
    void pagesStartTheCodeFlowAtTheIdentityProvider() {
        RestAssured.given().redirects().follow(false).get("/melden").then().statusCode(302)
                .header("Location", startsWith(ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus"))
                .header("Location", containsString("client_id=" + OidcProfile.CLIENT_ID))
                .header("Location", containsString("scope=openid"));
    }

    @Test
    void theLoginPageOffersTheMicrosoftLogin() {
        RestAssured.given().get("/login").then().statusCode(200)
                .body(containsString("Inloggen met je Microsoft 365-schoolaccount"));
    }

    /**
     * Another tool reporting with its own identity (client credentials): the token names an application, not a
     * person, so there is no mailbox and no receipt is planned; a person's token gets one at its address.
     */
    @Test
    void aReportByAnApplicationTokenPlansNoReceipt() {
        String app = Jwt.claims().claim("roles", List.of("staff")).claim("idtyp", "app").claim("oid", "0c5e8a8e-app")
                .issuer(OidcProfile.ISSUER).audience(OidcProfile.CLIENT_ID).subject("0c5e8a8e-app")
                .jws().keyId("1").sign("privateKey.jwk");
        String id = bearer(app).body(lostLaptop("2026-11-20T08:15:00+01:00")).post("/api/incidents")
                .then().statusCode(201).extract().path("id");
        String officer = officer();
        bearer(officer).get("/api/incidents/" + id + "/escalations").then().statusCode(200)
                .body("step", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("RECEIPT")))
                .body("step", org.hamcrest.Matchers.hasItem("REPORT"));

        String person = bearer(token("docent@ssgn.example", "staff")).body(lostLaptop("2026-11-20T08:15:00+01:00"))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        bearer(officer).get("/api/incidents/" + person + "/escalations").then().statusCode(200)
                .body("step", org.hamcrest.Matchers.hasItem("RECEIPT"));
    }

    static String officer() {
        return tokenWithOid("p.officer@ssgn.example", OFFICER_OID, "privacy-officer");
    }

    static String tokenWithOid(String user, String oid, String... roles) {
        return Jwt.preferredUserName(user)
                .claim("roles", List.of(roles))
                .claim("oid", oid)
                .issuer(OidcProfile.ISSUER)
                .audience(OidcProfile.CLIENT_ID)
                .subject("pairwise-" + user)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    static String token(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .claim("roles", List.of(roles))
                .issuer(OidcProfile.ISSUER)
                .audience(OidcProfile.CLIENT_ID)
                .subject("sub-" + user)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
