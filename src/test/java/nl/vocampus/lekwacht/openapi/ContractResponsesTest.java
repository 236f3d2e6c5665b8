package nl.vocampus.lekwacht.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.vocampus.lekwacht.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.vocampus.lekwacht.support.Api.DPO;
import static nl.vocampus.lekwacht.support.Api.PRIVACY;
import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real responses validated against the committed openapi/openapi.yaml, as a generated client would read
 * them: the schema of the operation, status and media type answered. Stricter than the contract in one
 * respect: a field the schema does not name fails too, so the contract cannot lag behind the records.
 */
@QuarkusTest
class ContractResponsesTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static JsonNode contract;
    private static SchemaRegistry registry;

    @Inject
    TestClock clock;

    @BeforeAll
    static void loadContract() throws IOException {
        contract = new YAMLMapper().readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        ObjectNode components = (ObjectNode) contract.get("components").deepCopy();
        forbidUnknownFields(components.get("schemas"));
        ((ObjectNode) contract).set("strictComponents", components);
        // The validator's own email format also checks the top-level domain against IANA's list, which
        // refuses the reserved .example of the demo contacts; this one asks what Jakarta's @Email asks.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).format(new Format() {
            @Override
            public String getName() {
                return "email";
            }

            @Override
            public boolean matches(ExecutionContext context, String value) {
                return value.matches("[^@\\s]+@[^@\\s]+");
            }
        }).build();
        registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    @BeforeEach
    void fixTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFreshReportWithItsOptionalFieldsLeftOutMatchesIncident() {
        Response created = as(STAFF).body("""
                {"kind": "DATA_LEAK", "school": "SSGN", "summary": "Mail aan verkeerde ouder",
                 "description": "Cijferlijst naar het verkeerde adres gestuurd", "discoveredAt": "2026-11-21T09:30:00+01:00"}""")
                .post("/api/incidents");
        assertMatches(created, "/api/incidents", "post", 201);
        assertNotNull(created.header("Location"), "the contract declares Location on the 201");
        String id = created.path("id");
        assertMatches(as(STAFF).get("/api/incidents/" + id), "/api/incidents/{id}", "get", 200);
        assertMatches(as(STAFF).get("/api/incidents"), "/api/incidents", "get", 200);
        assertMatches(as(PRIVACY).get("/api/incidents?status=REPORTED&size=5"), "/api/incidents", "get", 200);
        assertMatches(as(PRIVACY).get("/api/incidents/" + id + "/assessment"), "/api/incidents/{id}/assessment", "get", 200);
        assertMatches(as(PRIVACY).get("/api/incidents/" + id + "/ap-export"), "/api/incidents/{id}/ap-export", "get", 200);
        assertMatches(as(STAFF).get("/api/incidents/" + id + "/escalations"), "/api/incidents/{id}/escalations", "get", 200);
    }

    @Test
    void aWholeWorkflowMatchesTheContractAtEveryStepAndInTheRegister() {
        String id = as(STAFF).body(nl.vocampus.lekwacht.support.Api.lostLaptop("2026-11-20T08:15:00+01:00"))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        String base = "/api/incidents/" + id;
        assertMatches(as(PRIVACY).body("""
                {"confidentiality": true, "dataCategories": ["NAME", "GRADES_TEST_RESULTS"], "numberOfPeople": 120,
                 "childrenInvolved": true, "encrypted": "NO", "severity": "LIMITED"}""").put(base + "/assessment"),
                "/api/incidents/{id}/assessment", "put", 200);
        assertMatches(as(PRIVACY).body("""
                {"notifyAp": true, "informPeople": true, "reasoning": "Onversleutelde laptop met cijferlijsten.",
                 "apReference": "M-2026-654321", "notifiedAt": "2026-11-21T09:00:00+01:00"}""").post(base + "/decision"),
                "/api/incidents/{id}/decision", "post", 200);
        Response informed = as(PRIVACY).body("""
                {"informedAt": "2026-11-21T09:30:00+01:00", "methods": ["LETTER", "EMAIL"], "peopleCount": 118}""")
                .post(base + "/informing");
        assertMatches(informed, "/api/incidents/{id}/informing", "post", 201);
        assertNotNull(informed.header("Location"));
        assertMatches(as(PRIVACY).body("""
                {"type": "SUPPLEMENT", "filedAt": "2026-11-21T10:30:00+01:00", "meldnummer": "M-2026-654321"}""")
                .post(base + "/filings"), "/api/incidents/{id}/filings", "post", 201);
        assertMatches(as(PRIVACY).contentType("application/json").post(base + "/close"), "/api/incidents/{id}/close", "post", 200);

        assertMatches(as(DPO).get(base), "/api/incidents/{id}", "get", 200);
        assertMatches(as(DPO).get(base + "/decision"), "/api/incidents/{id}/decision", "get", 200);
        assertMatches(as(DPO).get(base + "/filings"), "/api/incidents/{id}/filings", "get", 200);
        assertMatches(as(DPO).get(base + "/informing"), "/api/incidents/{id}/informing", "get", 200);
        assertMatches(as(DPO).get(base + "/assessment"), "/api/incidents/{id}/assessment", "get", 200);
        assertMatches(as(DPO).get(base + "/ap-export"), "/api/incidents/{id}/ap-export", "get", 200);
        Response register = as(DPO).accept("application/json").get("/api/register?from=2026-11-01&to=2026-11-30");
        assertMatches(register, "/api/register", "get", 200);
        assertTrue(register.jsonPath().getList("id").contains(id), "the closed incident is in the register");

        Response closedAgain = as(PRIVACY).contentType("application/json").post(base + "/close");
        assertMatches(closedAgain, "/api/incidents/{id}/close", "post", 409);
        assertEquals("CLOSED", closedAgain.path("currentStatus"));
    }

    @Test
    void deadlinesSchoolsAndPingMatch() {
        as(STAFF).body(nl.vocampus.lekwacht.support.Api.lostLaptop("2026-11-21T08:00:00+01:00")).post("/api/incidents")
                .then().statusCode(201);
        Response deadlines = as(PRIVACY).get("/api/deadlines");
        assertMatches(deadlines, "/api/deadlines", "get", 200);
        assertTrue(deadlines.header("Cache-Control").contains("no-cache") && deadlines.header("Cache-Control").contains("private"),
                deadlines.header("Cache-Control"));
        assertNotNull(deadlines.header("ETag"));
        assertMatches(as(STAFF).get("/api/schools"), "/api/schools", "get", 200);
        assertMatches(as(STAFF).get("/api/schools/SSGN"), "/api/schools/{code}", "get", 200);
        assertMatches(as(STAFF).get("/api/ping"), "/api/ping", "get", 200);
        Response people = as(PRIVACY).get("/api/schools/SSGN/people");
        assertMatches(people, "/api/schools/{code}/people", "get", 200);
        String list = "{\"people\": " + people.jsonPath().getList("$").stream().map(p -> {
            java.util.Map<?, ?> person = (java.util.Map<?, ?>) p;
            return "{\"name\": \"" + person.get("name") + "\", \"email\": \"" + person.get("email") + "\", \"roles\": "
                    + ((java.util.List<?>) person.get("roles")).stream().map(r -> "\"" + r + "\"").toList()
                    + (person.get("subject") == null ? "" : ", \"subject\": \"" + person.get("subject") + "\"")
                    + ", \"defaultManager\": " + person.get("defaultManager")
                    + ", \"absences\": [{\"from\": \"2026-12-21T00:00:00+01:00\", \"to\": \"2027-01-04T00:00:00+01:00\"}]}";
        }).toList() + "}";
        assertMatches(as(PRIVACY).body(list).put("/api/schools/SSGN/people"), "/api/schools/{code}/people", "put", 200);
        assertMatches(as(PRIVACY).get("/api/schools/SSGN/controller"), "/api/schools/{code}/controller", "get", 200);
        assertMatches(as("privacy2").get("/api/schools/SSGN/people"), "/api/schools/{code}/people", "get", 404);
        assertMatches(as("gast").get("/api/schools"), "/api/schools", "get", 403);
    }

    @Test
    void problemsMatchTheSharedProblemResponses() {
        assertMatches(as(STAFF).get("/api/incidents/" + UUID.randomUUID()), "/api/incidents/{id}", "get", 404);
        assertMatches(as(STAFF).body("{\"kind\": \"LOST_DEVICE\", \"colour\": \"red\"}").post("/api/incidents"), "/api/incidents", "post", 400);
        assertMatches(as(STAFF).get("/api/incidents?size=500"), "/api/incidents", "get", 400);
        assertMatches(as(STAFF).get("/api/register"), "/api/register", "get", 403);
        assertMatches(RestAssured.given().get("/api/ping"), "/api/ping", "get", 401);
        assertMatches(as(STAFF).accept("text/html").get("/api/ping"), "/api/ping", "get", 406);
        assertMatches(as(STAFF).contentType("text/plain").body("laptop kwijt").post("/api/incidents"), "/api/incidents", "post", 415);
        assertMatches(as(STAFF).body("{\"summary\": \"" + "x".repeat(70_000) + "\"}").post("/api/incidents"), "/api/incidents", "post", 413);
    }

    @Test
    void aQueryStringOverTheLimitAnswers414AsProblemJsonAndAShorterOneIsServed() {
        Response tooLong = as(STAFF).get("/api/incidents?school=" + "S".repeat(5000));
        assertEquals(414, tooLong.statusCode());
        assertTrue(tooLong.contentType().startsWith("application/problem+json"), tooLong.contentType());
        assertEquals("/api/incidents", tooLong.path("instance"));
        assertMatches(tooLong, "/api/incidents", "get", 414);
        as(STAFF).get("/api/incidents?school=" + "S".repeat(3000)).then().statusCode(200);
    }

    @Test
    void theValidatorRefusesAnUnknownFieldAndANullTheContractForbids() {
        String id = as(STAFF).body(nl.vocampus.lekwacht.support.Api.lostLaptop("2026-11-21T08:00:00+01:00"))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
        ObjectNode incident = (ObjectNode) JSON.readTree(as(STAFF).get("/api/incidents/" + id).asString());
        Schema schema = schemaOf("/api/incidents/{id}", "get", 200, "application/json");
        assertEquals(List.of(), schema.validate(incident));

        ObjectNode unknown = incident.deepCopy();
        unknown.put("colour", "red");
        assertFalse(schema.validate(unknown).isEmpty(), "a field the contract does not name fails");
        ObjectNode nullReference = incident.deepCopy();
        nullReference.putNull("reference");
        assertFalse(schema.validate(nullReference).isEmpty(), "null where the contract says string fails");
    }

    /** The response's body matches the contract's schema for this operation, status and media type. */
    private static void assertMatches(Response response, String path, String method, int status) {
        assertEquals(status, response.statusCode(), method + " " + path + ": " + response.asString());
        String mediaType = response.contentType().split(";")[0].strip();
        Schema schema = schemaOf(path, method, status, mediaType);
        List<Error> errors = schema.validate(JSON.readTree(response.asString()));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(),
                method + " " + path + " " + status + " does not match the contract");
    }

    private static Schema schemaOf(String path, String method, int status, String mediaType) {
        JsonNode responseNode = contract.get("paths").path(path).path(method).path("responses").path(String.valueOf(status));
        assertFalse(responseNode.isMissingNode(), method + " " + path + " does not document " + status);
        if (responseNode.has("$ref")) {
            responseNode = contract.at(responseNode.get("$ref").asString().substring(1));
        }
        JsonNode schemaNode = responseNode.path("content").path(mediaType).path("schema");
        assertFalse(schemaNode.isMissingNode(), method + " " + path + " " + status + " declares no schema for " + mediaType);
        ObjectNode root = ((ObjectNode) schemaNode).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", contract.get("strictComponents"));
        // The references point into #/components: the strict copy stands there.
        return registry.getSchema(root);
    }

    /** Every object schema with properties gets unevaluatedProperties: false, unless it says otherwise. */
    private static void forbidUnknownFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                forbidUnknownFields(entry.getValue());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ContractResponsesTest::forbidUnknownFields);
        }
    }
}
