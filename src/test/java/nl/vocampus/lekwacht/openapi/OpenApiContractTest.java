package nl.vocampus.lekwacht.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static nl.vocampus.lekwacht.support.Api.STAFF;
import static nl.vocampus.lekwacht.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract openapi/openapi.yaml must equal what the service serves. After a deliberate
 * API change, regenerate it with: ./mvnw verify -DupdateOpenapi=true
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        String served = as(STAFF).accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("updateOpenapi")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi/openapi.yaml is missing; run ./mvnw verify -DupdateOpenapi=true");
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), served,
                "The served OpenAPI differs from openapi/openapi.yaml. If the change is intended, run ./mvnw verify -DupdateOpenapi=true and commit the file.");
    }

    @Test
    void everyOperationHasASummaryAnOperationIdAndProblemResponses() {
        String served = as(STAFF).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath doc = io.restassured.path.json.JsonPath.from(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertTrue(operation.get("summary") != null, method + " " + path + " has no summary");
            assertTrue(operation.get("operationId") != null, method + " " + path + " has no operationId: clients would name it from the path");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401"), method + " " + path + " does not document 401");
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    String text = String.valueOf(response);
                    assertTrue(text.contains("$ref=#/components/responses/") || text.contains("application/problem+json"),
                            method + " " + path + " " + status + " is not a problem+json response");
                }
            });
        }));
        assertTrue(served.contains("application/problem+json"));
    }
}
