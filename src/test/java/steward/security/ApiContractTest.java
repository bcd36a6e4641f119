package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.web.Problem;
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

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

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
     * A body is in the format the document names: for every operation that takes JSON, a body in another format is
     * refused 415 and a body that is not JSON at all 400; for one that takes a file, JSON is refused 415; each as
     * {@code application/problem+json}, never a server error and never taken.
     */
    @Test
    void aBodyInAnotherFormatIsRefused415AndBrokenJson400() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("format");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : apiOperations()) {
            String route = op.verb() + " " + op.template();
            String role = roleFor(route);
            if (op.spec().path("requestBody").isMissingNode() || role == null) {
                continue;
            }
            String path = AuthorizationMatrixTest.concrete(pathIn(site, op), site.residentId(), site.unitId());
            if (op.spec().at("/requestBody/content/application~1json").isMissingNode()) {
                // A file (a photo, a calendar's CSV): JSON is another format.
                Response json = Api.as(site.account(role)).accept(ContentType.JSON).contentType(ContentType.JSON)
                        .body("{}").request(op.verb(), path);
                if (!refused(json, 415)) {
                    wrong.add(route + ": a JSON body answered " + json.statusCode() + " " + json.contentType());
                }
                continue;
            }
            Response text = Api.as(site.account(role)).accept(ContentType.JSON)
                    .contentType("text/plain; charset=UTF-8").body("林小明").request(op.verb(), path);
            if (!refused(text, 415)) {
                wrong.add(route + ": a text/plain body answered " + text.statusCode() + " " + text.contentType());
            }
            Response broken = Api.as(site.account(role)).accept(ContentType.JSON).contentType(ContentType.JSON)
                    .body("{\"note\": ").request(op.verb(), path);
            if (!refused(broken, 400)) {
                wrong.add(route + ": a body that is not JSON answered " + broken.statusCode() + " "
                        + broken.contentType());
            }
            checked++;
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " operations took a body in another format otherwise:\n"
                + String.join("\n", wrong));
        assertTrue(checked >= 40, "operations with a JSON body: " + checked);
    }

    /**
     * A record outside the caller's sites does not exist for them, whatever the verb: every operation that names a
     * record in its path answers 404 for another site's record (or one that exists nowhere) to every role allowed
     * on it, as {@code application/problem+json}, and changes nothing.
     */
    @Test
    void aRecordOfAnotherSiteIsNotFoundWhateverTheVerbAndNothingChanges() {
        sites.ensure();
        TestSites.FreshSite mine = sites.freshSite("mine");
        TestSites.FreshSite theirs = sites.freshSite("theirs");
        Map<String, Long> before = AuthorizationMatrixTest.rowCounts(dataSource);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : apiOperations()) {
            String route = op.verb() + " " + op.template();
            if (!AuthorizationMatrixTest.identifiesAThing(route) || roleFor(route) == null) {
                continue;
            }
            String path = AuthorizationMatrixTest.concrete(op.template(), theirs.residentId(), theirs.unitId())
                    + AuthorizationMatrixTest.REQUIRED_QUERIES.getOrDefault(route, "");
            for (String role : rolesFor(route)) {
                Response answer = sendSample(mine.account(role), op, path);
                if (!refused(answer, 404)) {
                    wrong.add(route + " as " + role + " (" + path + "): " + answer.statusCode() + " "
                            + answer.contentType() + " " + answer.asString());
                }
                checked++;
            }
        }
        assertEquals(before, AuthorizationMatrixTest.rowCounts(dataSource), "what the refused calls changed");
        assertTrue(wrong.isEmpty(), wrong.size() + " calls did not answer 404:\n" + String.join("\n", wrong));
        assertTrue(checked >= 100, "calls naming another site's record: " + checked);
    }

    /**
     * The operation's path on the site: the site's own id for a site's operation, the first listed value for each
     * path parameter that lists its values ({kind}: UNITS); the others are left to
     * {@link AuthorizationMatrixTest#concrete}.
     */
    private String pathIn(TestSites.FreshSite site, Operation op) {
        String template = op.template().replace("/api/v1/sites/{id}", "/api/v1/sites/" + site.siteId());
        for (JsonNode parameter : op.spec().path("parameters")) {
            JsonNode type = resolve(parameter.path("schema"));
            if ("path".equals(parameter.path("in").asText()) && type != null && type.has("enum")) {
                template = template.replace("{" + parameter.get("name").asText() + "}",
                        type.get("enum").get(0).asText());
            }
        }
        return template;
    }

    /** A picture of one transparent pixel. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /**
     * A browser's session changes nothing without the page's CSRF token: every operation that changes something,
     * called with the session cookie alone, is refused 403 as {@code application/problem+json}, whichever role
     * calls it and whatever its body, and no row changes. (Clients that sign each request with a bearer token or
     * HTTP Basic need no token: a page cannot make a browser send those.)
     */
    @Test
    void aBrowsersSessionChangesNothingWithoutItsCsrfToken() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("csrf");
        Map<String, Browser> browsers = new HashMap<>();
        for (String role : Roles.ALL) {
            browsers.put(role, Browser.signIn(site.account(role)));
        }
        Map<String, Long> before = AuthorizationMatrixTest.rowCounts(dataSource);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : apiOperations()) {
            String route = op.verb() + " " + op.template();
            String role = roleFor(route);
            if (op.verb().equals("GET") || role == null) {
                continue;
            }
            String path = AuthorizationMatrixTest.concrete(op.template(), site.residentId(), site.unitId());
            Response answer = withSampleBody(browsers.get(role).request().accept(ContentType.JSON), op)
                    .request(op.verb(), path);
            if (!refused(answer, 403)) {
                wrong.add(route + " as " + role + ": " + answer.statusCode() + " " + answer.contentType());
            }
            checked++;
        }
        assertEquals(before, AuthorizationMatrixTest.rowCounts(dataSource), "what the calls without a token changed");
        assertTrue(wrong.isEmpty(), wrong.size() + " calls without the CSRF token were not refused 403:\n"
                + String.join("\n", wrong));
        assertTrue(checked >= 80, "operations that change something: " + checked);
    }

    /**
     * An account whose password must be changed first (after an administrator's reset) may change it and call
     * nothing else: every other operation of the API, for whichever role, answers 403 as
     * {@code application/problem+json}, and no row changes.
     */
    @Test
    void anAccountWhosePasswordMustBeChangedFirstCallsNothingElse() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("change-first");
        Map<String, String> temporary = new HashMap<>();
        for (String role : Roles.ALL) {
            temporary.put(role, Api.as(site.account(Roles.ADMIN)).contentType(ContentType.JSON)
                    .post("/api/v1/staff/" + site.account(role) + "/password-reset").then().statusCode(200)
                    .extract().jsonPath().getString("temporaryPassword"));
        }
        Map<String, Long> before = AuthorizationMatrixTest.rowCounts(dataSource);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : apiOperations()) {
            String route = op.verb() + " " + op.template();
            String role = roleFor(route);
            if (role == null || route.equals("PUT /api/v1/me/password")
                    || "PUBLIC".equals(AuthorizationMatrixTest.EXPECTED.get(route))) {
                continue;
            }
            String path = AuthorizationMatrixTest.concrete(pathIn(site, op), site.residentId(), site.unitId());
            Response answer = withSampleBody(Api.anonymous().auth().preemptive().basic(site.account(role),
                    temporary.get(role)).accept(ContentType.JSON), op).request(op.verb(), path);
            if (!refused(answer, 403)) {
                wrong.add(route + " as " + role + ": " + answer.statusCode() + " " + answer.contentType());
            }
            checked++;
        }
        assertEquals(before, AuthorizationMatrixTest.rowCounts(dataSource), "what the refused calls changed");
        assertTrue(wrong.isEmpty(), wrong.size() + " calls were not refused 403:\n" + String.join("\n", wrong));
        assertTrue(checked >= 150, "operations of the API: " + checked);
    }

    /** A day in the path that is no day (the 30th of February) is refused 400 naming it, on every operation. */
    @Test
    void aDayInThePathThatIsNoDayIsRefusedNamingIt() {
        sites.ensure();
        TestSites.FreshSite site = sites.freshSite("days");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : apiOperations()) {
            String route = op.verb() + " " + op.template();
            String role = roleFor(route);
            if (!op.template().contains("{date}") || role == null) {
                continue;
            }
            String path = AuthorizationMatrixTest.concrete(pathIn(site, op), site.residentId(), site.unitId())
                    .replace("2001-01-01", "2031-02-30");
            Response answer = sendSample(site.account(role), op, path);
            if (answer.statusCode() != 400 || !named(answer).contains("date")) {
                wrong.add(route + ": " + answer.statusCode() + " " + named(answer));
            }
            checked++;
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 4, "operations with a day in the path: " + checked);
    }

    /** Whether the answer is the refusal {@code status} as {@code application/problem+json}. */
    private static boolean refused(Response answer, int status) {
        return answer.statusCode() == status && Problem.MEDIA_TYPE.equals(answer.contentType());
    }

    /** Calls the operation with a body built from what its document requires, in the format it names. */
    private Response sendSample(String account, Operation op, String path) {
        return withSampleBody(Api.as(account).accept(ContentType.JSON), op).request(op.verb(), path);
    }

    /** The request with a body built from what the operation's document requires, in the format it names. */
    private RequestSpecification withSampleBody(RequestSpecification request, Operation op) {
        JsonNode content = op.spec().at("/requestBody/content");
        if (content.has("application/json")) {
            Object body = sample(content.at("/application~1json/schema"), 0);
            return request.contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        }
        if (content.size() > 0) {
            String type = content.fieldNames().next();
            return request.contentType(type).body(type.startsWith("image/") ? PNG : new byte[] { 'x' });
        }
        return request.contentType(ContentType.JSON);
    }

    /**
     * The least value the document allows: an object with its required fields only, a day from now for a date or a
     * time (the kind of field that must lie ahead), the document's example where it gives one, the first listed
     * value of a choice, the smallest number and the shortest text allowed.
     */
    private Object sample(JsonNode declared, int depth) {
        JsonNode schema = resolve(declared);
        if (schema == null || depth > 6) {
            return null;
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei"))).plusDays(1).toString();
        }
        if (format.equals("date-time")) {
            return clock.instant().plus(Duration.ofDays(1)).toString();
        }
        if (schema.has("examples") || schema.has("example")) {
            return new ObjectMapper().convertValue(schema.has("examples") ? schema.get("examples").get(0)
                    : schema.get("example"), Object.class);
        }
        if (schema.has("enum")) {
            return new ObjectMapper().convertValue(schema.get("enum").get(0), Object.class);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        switch (type) {
            case "object": {
                Map<String, Object> object = new java.util.LinkedHashMap<>();
                for (JsonNode name : schema.path("required")) {
                    object.put(name.asText(), sample(schema.path("properties").path(name.asText()), depth + 1));
                }
                // Of the fields required only with or without another ("required unless unitId is given"), one: a
                // choice where there is one, as a listed value is always taken and a name may name nobody.
                List<Map.Entry<String, JsonNode>> alternatives = new ArrayList<>();
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (saysWhenRequired(property.getValue()) && !object.containsKey(property.getKey())) {
                        alternatives.add(property);
                    }
                });
                alternatives.stream().min(java.util.Comparator.comparing(property -> {
                    JsonNode alternative = resolve(property.getValue());
                    return alternative == null || !alternative.has("enum");
                })).ifPresent(property -> object.put(property.getKey(), sample(property.getValue(), depth + 1)));
                return object;
            }
            case "array":
                return schema.path("minItems").asInt(0) > 0 ? List.of(sample(schema.get("items"), depth + 1))
                        : List.of();
            case "integer":
            case "number":
                return Math.max(1, schema.path("minimum").asInt(1));
            case "boolean":
                return false;
            default:
                return switch (schema.path("format").asText()) {
                    case "local-time", "time" -> "09:00";
                    default -> "測".repeat(Math.max(1, schema.path("minLength").asInt(1)));
                };
        }
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
