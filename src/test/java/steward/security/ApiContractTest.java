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
 * field unless its description says when it is required (one of two fields: "required unless unitId is given").
 * The operations run on a site of the test's own, so whatever such a body is allowed to make stays there.
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
        List<String> wrong = new ArrayList<>();
        int refusalsChecked = 0;
        for (Operation op : apiOperations()) {
            JsonNode schema = resolve(op.spec().at("/requestBody/content/application~1json/schema"));
            String verb = op.verb();
            String template = op.template();
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
        assertTrue(wrong.isEmpty(), wrong.size() + " fields are documented otherwise than they are required:\n"
                + String.join("\n", wrong));
        assertTrue(refusalsChecked >= 20, "at least 20 operations refused an empty body: " + refusalsChecked);
    }

    /**
     * Where the document lists a field's values (an enum), the API takes exactly those: each listed value is never
     * refused for that field, and a value outside the list is refused naming it. Fields inside an object or a
     * list are sent where the document places them ({@code idCheck.type}, {@code shifts[0].role}); a reading's
     * query parameter with listed values ({@code ?state=}) answers every listed value and refuses any other by name.
     */
    @Test
    void aFieldTakesExactlyTheValuesTheDocumentLists() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("choices");
        List<String> wrong = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (Operation op : apiOperations()) {
            String verb = op.verb();
            String template = op.template();
            String route = verb + " " + template;
            String role = roleFor(route);
            if (role == null) {
                continue;
            }
            for (JsonNode parameter : op.spec().path("parameters")) {
                JsonNode type = resolve(parameter.path("schema"));
                if (!"query".equals(parameter.path("in").asText()) || type == null || !type.has("enum")
                        || !verb.equals("GET")) {
                    continue;
                }
                String name = parameter.get("name").asText();
                Response outside = query(site, role, verb, template, name, "NOT_A_CHOICE");
                if (outside.statusCode() == 404) {
                    continue; // refused before the parameter is read (no such record in this site)
                }
                checked.add(route + " ?" + name);
                if (outside.statusCode() != 400 || !named(outside).contains(name)) {
                    wrong.add(route + ": ?" + name + "=NOT_A_CHOICE answered " + outside.statusCode() + " "
                            + named(outside) + "; the document lists " + type.get("enum"));
                }
                for (JsonNode value : type.get("enum")) {
                    Response listed = query(site, role, verb, template, name, value.asText());
                    if (listed.statusCode() == 400 && named(listed).contains(name) || listed.statusCode() >= 500) {
                        wrong.add(route + ": ?" + name + "=" + value.asText() + ", a value the document lists, "
                                + "answered " + listed.statusCode());
                    }
                }
            }
            JsonNode schema = resolve(op.spec().at("/requestBody/content/application~1json/schema"));
            if (schema == null) {
                continue;
            }
            for (Choice choice : choices(schema, 0)) {
                Response outside = send(site, role, verb, template, choice.body("NOT_A_CHOICE"));
                if (outside.statusCode() / 100 == 2) {
                    wrong.add(route + ": " + choice.field() + " = NOT_A_CHOICE was taken; the document lists "
                            + choice.values());
                    continue;
                }
                if (outside.statusCode() != 400) {
                    continue; // refused before the body is read (no such record in this site)
                }
                checked.add(route + " " + choice.field());
                if (!named(outside).contains(choice.field())) {
                    wrong.add(route + ": " + choice.field() + " = NOT_A_CHOICE was refused without naming it: "
                            + named(outside));
                }
                for (String value : choice.values()) {
                    // A value some role may not choose (a supervisor's inspection) is taken from one that may.
                    Response listed = null;
                    for (String mayCall : rolesFor(route)) {
                        listed = send(site, mayCall, verb, template, choice.body(value));
                        if (!(listed.statusCode() == 400 && named(listed).contains(choice.field()))) {
                            break;
                        }
                    }
                    if (listed.statusCode() == 400 && named(listed).contains(choice.field())) {
                        wrong.add(route + ": " + choice.field() + " = " + value + ", a value the document lists, "
                                + "was refused: " + message(listed, choice.field()));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " fields take other values than the document lists:\n"
                + String.join("\n", wrong));
        assertTrue(checked.size() >= 20, "at least 20 listed fields checked: " + checked);
    }

    /** A field whose values the document lists, where it sits in a body, and a body holding only it. */
    record Choice(List<Object> path, List<String> values) {
        String field() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    name.append(name.isEmpty() ? "" : ".").append(step);
                }
            }
            return name.toString();
        }

        /** The same field, inside the object or list at {@code outer}. */
        Choice under(List<Object> outer) {
            List<Object> whole = new ArrayList<>(outer);
            whole.addAll(path);
            return new Choice(whole, values);
        }

        Object body(String value) {
            Object body = value;
            for (int i = path.size() - 1; i >= 0; i--) {
                body = path.get(i) instanceof Integer ? List.of(body) : Map.of((String) path.get(i), body);
            }
            return body;
        }
    }

    private List<Choice> choices(JsonNode schema, int depth) {
        List<Choice> found = new ArrayList<>();
        if (depth > 3 || schema == null) {
            return found;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(property.getValue());
            List<Object> here = List.of(property.getKey());
            if (type.has("enum")) {
                List<String> values = new ArrayList<>();
                type.get("enum").forEach(v -> values.add(v.asText()));
                found.add(new Choice(here, values));
            } else if (type.has("properties")) {
                choices(type, depth + 1).forEach(inner -> found.add(inner.under(here)));
            } else if (type.has("items")) {
                JsonNode items = resolve(type.get("items"));
                List<Object> first = List.of(property.getKey(), 0);
                if (items.has("enum")) {
                    List<String> values = new ArrayList<>();
                    items.get("enum").forEach(v -> values.add(v.asText()));
                    found.add(new Choice(first, values));
                } else {
                    choices(items, depth + 1).forEach(inner -> found.add(inner.under(first)));
                }
            }
        }
        return found;
    }

    private static Response send(TestSites.FreshSite site, String role, String verb, String template, Object body) {
        return Api.as(site.account(role)).accept(ContentType.JSON).contentType(ContentType.JSON).body(body)
                .request(verb, AuthorizationMatrixTest.concrete(template, site.residentId(), site.unitId()));
    }

    private static Response query(TestSites.FreshSite site, String role, String verb, String template, String name,
            String value) {
        return Api.as(site.account(role)).accept(ContentType.JSON).queryParam(name, value)
                .request(verb, AuthorizationMatrixTest.concrete(template, site.residentId(), site.unitId()));
    }

    private static List<String> named(Response answer) {
        if (answer.contentType() == null || !answer.contentType().contains("json")) {
            return List.of();
        }
        List<String> fields = answer.jsonPath().getList("errors.field");
        return fields == null ? List.of() : fields;
    }

    /** An operation of the API document: its verb, its path (parameters without patterns), what the document says. */
    record Operation(String verb, String template, JsonNode spec) {
    }

    /** Every operation of the running application's JSON API, as its document lists them. */
    private List<Operation> apiOperations() {
        document = TextFieldSweepTest.read(Api.anonymous().accept(ContentType.JSON).get("/q/openapi?format=json")
                .asString());
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                String template = PARAMETER.matcher(path.getKey()).replaceAll("{$1}");
                path.getValue().fields().forEachRemaining(op -> operations.add(
                        new Operation(op.getKey().toUpperCase(Locale.ROOT), template, op.getValue())));
            }
        });
        return operations;
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
        if (schema.path("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    /** Every role that may call the route, as the authorization matrix names them. */
    private static List<String> rolesFor(String route) {
        String first = roleFor(route);
        String expectation = AuthorizationMatrixTest.EXPECTED.get(route);
        return first == null || !first.equals(expectation.split(" ")[0]) ? List.of(first)
                : List.of(expectation.split(" "));
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
