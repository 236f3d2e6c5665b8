package nl.vocampus.lekwacht.openapi;

import nl.vocampus.lekwacht.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds to every operation the problem responses that the HTTP layer and ProblemMappers give it, so the
 * resources declare only what is particular to them (a 409 and its reason, a 404 worded for the case).
 * Which ones an operation gets follows from what it has: every operation can answer 401, 406 (Accept
 * without JSON) and 414 (URI too long); one with a body 400, 413 and 415; one with query parameters 400;
 * one with a path parameter 404; one limited to roles 403. It also declares Location on every 201 and
 * additionalProperties: false on request bodies, which Jackson refuses unknown fields in
 * (quarkus.jackson.fail-on-unknown-properties).
 */
public class ContractFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Shared responses by status code: name in components/responses and its description. */
    private static final Map<String, String[]> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("400", new String[]{"BadRequest", "Invalid input; every invalid field or parameter is named in errors"});
        SHARED.put("401", new String[]{"Unauthorized", "No or wrong credentials"});
        SHARED.put("403", new String[]{"Forbidden", "Your role does not allow this"});
        SHARED.put("404", new String[]{"NotFound", "No such resource, or not visible to you"});
        SHARED.put("406", new String[]{"NotAcceptable", "The Accept header names no representation this operation has"});
        SHARED.put("413", new String[]{"PayloadTooLarge", "The body is larger than 64 KiB"});
        SHARED.put("414", new String[]{"UriTooLong", "The request line (path and query string) is too long"});
        SHARED.put("415", new String[]{"UnsupportedMediaType", "The body is not application/json"});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo().getLicense() != null && openAPI.getInfo().getLicense().getIdentifier() == null) {
            // No public licence: an SPDX reference to the foundation's own terms.
            openAPI.getInfo().getLicense().identifier("LicenseRef-voCampus-Proprietary");
        }
        Components components = openAPI.getComponents();
        SHARED.forEach((status, named) -> components.addResponse(named[0], problemResponse(named[1], status.equals("401"))));
        Set<String> requestSchemas = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            complete(operation);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> collectRefs(media.getSchema(), requestSchemas));
            }
        }));
        closeRequestSchemas(components, requestSchemas);
        components.getSchemas().values().forEach(ContractFilter::tidyNullableReferences);
    }

    /** The schema, also allowing null; a reference becomes anyOf [reference, null], as SmallRye writes it for nullable = true. */
    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema wrapped = OASFactory.createSchema().description(schema.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(schema.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            return wrapped;
        }
        if (schema.getAnyOf() != null) {
            if (schema.getAnyOf().stream().noneMatch(ContractFilter::isNull)) {
                schema.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            }
            if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
                schema.addType(Schema.SchemaType.NULL);
            }
            return schema;
        }
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /**
     * SmallRye writes a described nullable reference with a sibling type (object, string) that refuses
     * the null its anyOf allows; the anyOf alone says it.
     */
    private static void tidyNullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(ContractFilter::isNull)
                    && property.getAnyOf().stream().anyMatch(member -> member.getRef() != null)) {
                property.setType(null);
            }
        });
    }

    private static void complete(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean path = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean roles = operation.getSecurity() != null && operation.getSecurity().stream()
                .map(SecurityRequirement::getSchemes).flatMap(schemes -> schemes.values().stream()).anyMatch(list -> !list.isEmpty());
        parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH && p.getName().equals("id"))
                // Every {id} in this API is an incident's UUID; any other string answers 404.
                .forEach(p -> p.getSchema().format("uuid"));

        APIResponses responses = operation.getResponses();
        if (!roles) {
            // Any signed-in user may call it: Quarkus's generic "Not Allowed" cannot happen.
            responses.removeAPIResponse("403");
        }
        Set<String> wanted = new HashSet<>(List.of("401", "406", "414"));
        if (body) {
            wanted.addAll(List.of("400", "413", "415"));
        }
        if (query) {
            wanted.add("400");
        }
        if (path) {
            wanted.add("404");
        }
        if (roles) {
            wanted.add("403");
        }
        for (String status : wanted) {
            APIResponse existing = responses.getAPIResponse(status);
            if (existing == null || existing.getContent() == null) {
                // Absent, or Quarkus's bare "Not Authorized"/"Not Allowed" without the problem body.
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED.get(status)[0]));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.equals("201") && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
                response.addHeader("Location", OASFactory.createHeader().description("The URL of what was recorded")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
            }
        });
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        responses.getAPIResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        responses.setAPIResponses(sorted);
    }

    private static APIResponse problemResponse(String description, boolean challenge) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        if (challenge) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Basic realm=\"Lekwacht\"")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        return response;
    }

    /** Request bodies and every schema they reach: unknown fields are refused there. */
    private static void closeRequestSchemas(Components components, Set<String> roots) {
        Map<String, Schema> schemas = components.getSchemas();
        Deque<String> todo = new ArrayDeque<>(roots);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Schema schema = schemas.get(name);
            if (!seen.add(name) || schema == null) {
                continue;
            }
            if (schema.getProperties() != null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
                // Jackson reads an explicit null as a field left out: what is not required may be null.
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((property, propertySchema) -> {
                    if (!required.contains(property)) {
                        schema.addProperty(property, nullable(propertySchema));
                    }
                });
            }
            Set<String> reached = new HashSet<>();
            collectRefs(schema, reached);
            todo.addAll(reached);
        }
    }

    private static void collectRefs(Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith("#/components/schemas/")) {
            names.add(schema.getRef().substring("#/components/schemas/".length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectRefs(property, names));
        }
        collectRefs(schema.getItems(), names);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(member -> collectRefs(member, names));
            }
        }
    }
}
