package steward.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.TestSites;

/**
 * The API document tells the truth about what a body must hold. A client built from {@code /q/openapi} sends the
 * fields the document marks required and may leave out the others; so for every operation that takes a JSON body,
 * a body that leaves out every field is refused naming every field the document marks required, and no other
 * field unless its description says when it is required (one of two fields: "required unless unitId is given"). The operations run on a site of the
 * test's own, so whatever such a body is allowed to make stays there.
 */
@QuarkusTest
class ApiContractTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[^}]*}");
    /** A field name at the start of an error's path: {@code shifts[0].phone} → {@code shifts}. */
    private static final Pattern TOP_LEVEL = Pattern.compile("^([A-Za-z0-9_]+).*");

    @Inject
    TestSites sites;

    JsonNode document;

    @Test
    void aBodyThatLeavesOutEveryFieldIsRefusedForExactlyTheFieldsTheDocumentMarksRequired() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("contract");
        document = TextFieldSweepTest.read(Api.anonymous().accept(ContentType.JSON).get("/q/openapi?format=json")
                .asString());
        List<String> wrong = new ArrayList<>();
        int refusalsChecked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode schema = resolve(op.getValue().at("/requestBody/content/application~1json/schema"));
                String verb = op.getKey().toUpperCase(Locale.ROOT);
                String template = PARAMETER.matcher(path.getKey()).replaceAll("{$1}");
                String route = verb + " " + template;
                String role = roleFor(route);
                if (schema == null || !schema.has("properties") || role == null) {
                    continue;
                }
                Response answer = Api.as(site.account(role)).accept(ContentType.JSON).contentType(ContentType.JSON)
                        .body("{}").request(verb, AuthorizationMatrixTest.concrete(template, site.residentId(),
                                site.unitId()));
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                if (answer.statusCode() / 100 == 2 && !required.isEmpty()) {
                    wrong.add(route + ": a body without " + required + " was taken, but the document requires them");
                }
                if (answer.statusCode() != 400) {
                    continue; // taken, or refused before the body is read (no such record in this site)
                }
                refusalsChecked++;
                List<String> named = answer.jsonPath().getList("errors.field");
                for (String field : required) {
                    if (named == null || !named.contains(field)) {
                        wrong.add(route + ": left out, '" + field + "' was not refused, but the document requires it");
                    }
                }
                for (String field : named == null ? List.<String>of() : named) {
                    String top = TOP_LEVEL.matcher(field).replaceAll("$1");
                    if (schema.get("properties").has(top) && !required.contains(top)
                            && !saysWhenRequired(schema.get("properties").get(top))) {
                        wrong.add(route + ": left out, '" + top + "' was refused (" + message(answer, field)
                                + ") but the document does not mark it required");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " fields are documented otherwise than they are required:\n"
                + String.join("\n", wrong));
        assertTrue(refusalsChecked >= 20, "at least 20 operations refused an empty body: " + refusalsChecked);
    }

    /** A field required only with or without others says so: "required unless unitId is given". */
    private static boolean saysWhenRequired(JsonNode property) {
        return property.path("description").asText().toLowerCase(Locale.ROOT).contains("required");
    }

    private static String message(Response answer, String field) {
        List<Map<String, String>> errors = answer.jsonPath().getList("errors");
        return errors.stream().filter(e -> field.equals(e.get("field"))).map(e -> e.get("message")).findFirst()
                .orElse("");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            return document.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    /** A role that may call the route (the first the authorization matrix names); null for the phone system's. */
    private static String roleFor(String route) {
        String expectation = AuthorizationMatrixTest.EXPECTED.get(route);
        if (expectation == null || expectation.equals("CODE_FLOW") || expectation.startsWith("PHONE_SYSTEM")) {
            return null;
        }
        if (expectation.equals("PUBLIC") || expectation.equals("SIGNED_IN")) {
            return Roles.DESK;
        }
        return expectation.split(" ")[0];
    }
}
