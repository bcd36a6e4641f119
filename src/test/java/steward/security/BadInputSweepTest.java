package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/**
 * Bad input generated for every route of the OpenAPI document, read at test time (so routes added later are swept
 * as soon as they exist), each sent as a role the route allows:
 * <ul>
 * <li>every field of every JSON body, nested ones included, with what its type cannot be: text with NUL, an escape
 * sequence or a lone surrogate; a date in year 0 or 9999 or a day that does not exist; a number that is no number
 * or too large; a choice no enum has; a list where an object belongs and the other way round; and bodies that are
 * not JSON, are empty, or are not of the declared content type;</li>
 * <li>every field of every page form with control characters, and the form sent as text/plain (or as a broken
 * multipart body);</li>
 * <li>every path parameter with what no id is;</li>
 * <li>every query parameter of every GET route with a NUL, dates out of any range, and numbers that are not.</li>
 * </ul>
 * No answer is a server error; every 400 names the field it refuses (the problem's {@code errors[].field} for the
 * API, the page's heading for a form); and no table has a row more or less after all the state-changing attempts.
 */
@QuarkusTest
class BadInputSweepTest {

    /**
     * A bad value and the JSON text it is sent as. A strict one is refused by reading the body (the field named for
     * certain); a lenient one only by the route's own rules, which may first refuse the other fields this body
     * lacks (some field named).
     */
    record Bad(String what, String json, boolean strict) {
        Bad(String what, String json) {
            this(what, json, true);
        }
    }

    private static final List<Bad> TEXT = List.of(new Bad("NUL", "\"a\\u0000b\""),
            new Bad("ESC", "\"\\u001b[2J\""), new Bad("lone surrogate", "\"x\\ud800\""));
    private static final List<Bad> DATE = List.of(new Bad("year 0", "\"0000-01-01\""),
            new Bad("year 9999", "\"9999-12-31\""), new Bad("no such day", "\"2026-02-30\""),
            new Bad("not a date", "\"yesterday\""));
    private static final List<Bad> DATE_TIME = List.of(new Bad("year 0", "\"0000-01-01T00:00:00Z\""),
            new Bad("year 9999", "\"9999-12-31T23:59:59Z\""), new Bad("year 100000", "\"+100000-01-01T00:00:00Z\""),
            new Bad("no such month", "\"2026-13-01T00:00:00Z\""), new Bad("not a time", "\"soon\""));
    private static final List<Bad> NUMBER = List.of(new Bad("not a number", "\"many\""),
            new Bad("too large", "1e999999", false), new Bad("an object", "{\"n\": 1}"));
    private static final List<Bad> INTEGER = List.of(new Bad("not a number", "\"many\""),
            new Bad("too large", "99999999999999999999999"), new Bad("an object", "{\"n\": 1}"));
    private static final List<Bad> BOOLEAN = List.of(new Bad("not a yes or no", "\"maybe\""),
            new Bad("an object", "{\"b\": true}"));
    private static final List<Bad> CHOICE = List.of(new Bad("no such choice", "\"NO_SUCH_CHOICE\""),
            new Bad("NUL", "\"\\u0000\""));
    private static final List<Bad> NOT_A_LIST = List.of(new Bad("an object for a list", "{\"x\": 1}"));
    private static final List<Bad> NOT_AN_OBJECT = List.of(new Bad("a list for an object", "[1, 2]"),
            new Bad("text for an object", "\"text\""));
    /** Whole JSON bodies that are not what any route takes. */
    private static final List<Bad> BODIES = List.of(new Bad("no body", ""), new Bad("malformed JSON", "{\"a\": "),
            new Bad("a trailing comma", "{\"a\": 1,}"), new Bad("a list for the body", "[]"),
            new Bad("text for the body", "\"text\""));
    private static final List<String> FORM_TEXT = List.of("a\u0000b", "\u001b[2J", "x\u0007");
    private static final List<String> PATH_IDS = List.of("abc", "-1", "99999999999999999999", "9999-12-31",
            "0000-01-01");
    private static final List<String> QUERY = List.of("9999-12-31", "0000-01-01", "+100000-01-01", "-1",
            "99999999999999999999", "abc", "2026-02-30T25:61");

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[^}]*}");

    /** Expected of a refusal of a lenient bad value: some field named. */
    private static final String ANY_FIELD = "*";

    @Inject
    TestSites sites;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    TestClock clock;

    JsonNode document;
    long ownResident;
    long ownUnit;
    final Map<String, Browser> browsers = new HashMap<>();
    final Map<String, String> tokens = new HashMap<>();
    /** The phone system's token of the own site: its route is swept as the phone system calls it. */
    String phoneSystemToken;
    final List<String> wrong = new ArrayList<>();
    int attempts;

    @BeforeEach
    void setUp() {
        sites.ensure();
        ownResident = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        ownUnit = Api.as("desk").queryParam("q", "5棟2單元502").get("/api/v1/units").jsonPath().getLong("[0].id");
        document = TextFieldSweepTest.read(Api.anonymous().accept(ContentType.JSON).get("/q/openapi?format=json")
                .asString());
    }

    @Test
    void noBadInputOnAnyRouteIsAServerErrorEveryRefusalNamesItsFieldAndNothingIsWritten() {
        for (String role : Roles.ALL) {
            Browser browser = Browser.signIn(role);
            browsers.put(role, browser);
            tokens.put(role, browser.csrfToken());
        }
        long siteA = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> steward.resident.Site.findByCode(TestSites.SITE_A).id);
        phoneSystemToken = Api.as(Roles.ADMIN).contentType(ContentType.JSON)
                .post("/api/v1/sites/" + siteA + "/telephony-token").then().statusCode(201).extract().jsonPath()
                .getString("token");
        handoversOpenForTheShiftsOfTheSweep();
        Map<String, Long> before = AuthorizationMatrixTest.rowCounts(dataSource);
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String verb = op.getKey().toUpperCase(Locale.ROOT);
                if (verb.equals("GET")) {
                    continue;
                }
                String template = PARAMETER.matcher(path.getKey()).replaceAll("{$1}");
                String route = verb + " " + template;
                String role = roleFor(route);
                if (role == null || AuthorizationMatrixTest.BINARY_UPLOADS.contains(route)) {
                    continue;
                }
                String concrete = AuthorizationMatrixTest.concrete(template, ownResident, ownUnit);
                if (template.startsWith("/api/")) {
                    sweepJson(route, verb, concrete, role, op.getValue());
                } else {
                    sweepForm(route, concrete, role, op.getValue());
                }
                sweepPathParameters(route, verb, template, role);
            }
        }
        assertEquals(before, AuthorizationMatrixTest.rowCounts(dataSource), "a refused request wrote nothing");
        int stateChanging = attempts;

        sweepQueries();
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + attempts + " answers were wrong:\n"
                + String.join("\n", wrong));
        assertTrue(stateChanging >= 1000, "at least 1,000 bad inputs to state-changing routes: " + stateChanging);
    }

    // --- JSON bodies ------------------------------------------------------------------------------------------------

    /**
     * A handover with no note is a valid request, so the sweep's "no body" would sign one and write rows. Whether
     * it does depended on the tests before (one signed for the shift nearest now) and on the hour: the nearest shift
     * (07:00, 15:00, 23:00 local) can change while the sweep runs. Signing the handovers of the shift nearest now
     * and of the next one first makes every later signing a refusal (409), whatever ran before and whenever this runs.
     */
    private void handoversOpenForTheShiftsOfTheSweep() {
        try {
            for (Duration ahead : List.of(Duration.ZERO, Duration.ofHours(4))) {
                clock.set(java.time.Instant.now().plus(ahead));
                Api.as(Roles.DESK).contentType(ContentType.JSON).body("{}").post("/api/v1/handovers").then()
                        .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
            }
        } finally {
            clock.reset();
        }
    }

    private void sweepJson(String route, String verb, String path, String role, JsonNode operation) {
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
            for (Map.Entry<String, Bad> field : badFields(schema, "", 0).entrySet()) {
                Bad bad = field.getValue();
                expectRefusal(route, field.getKey(), bad.strict() ? fieldOf(field.getKey()) : ANY_FIELD,
                        api(role).contentType(ContentType.JSON).body(bad.json()).request(verb, path));
            }
            for (Bad bad : BODIES) {
                Response answer = api(role).contentType(ContentType.JSON).body(bad.json()).request(verb, path);
                // No body at all, where one is required, is refused naming a field (the body, or what it lacks), in the
                // caller's language: traditional Chinese here, the default.
                boolean noneOfARequiredBody = bad.json().isEmpty() && operation.at("/requestBody/required").asBoolean();
                expectRefusal(route, bad.what(), noneOfARequiredBody ? ANY_FIELD : null, answer);
                if (noneOfARequiredBody && answer.statusCode() == 400
                        && !saidInChinese(answer)) {
                    wrong.add(route + " with no body: not said in the caller's language: " + abbreviated(answer));
                }
            }
            expectRefusal(route, "text/plain for JSON", null, api(role).contentType("text/plain").body("x=1")
                    .request(verb, path));
        }
    }

    /**
     * Each field of the schema (nested ones by their path) with a whole body that carries one bad value there: the
     * key is the field's path and the bad value's name, the value the body.
     */
    private Map<String, Bad> badFields(JsonNode schema, String prefix, int depth) {
        Map<String, Bad> bodies = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        if (depth > 4 || resolved == null) {
            return bodies;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties
                .hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            for (Map.Entry<String, Bad> bad : badValues(property.getValue(), field, depth).entrySet()) {
                bodies.put(bad.getKey(), new Bad(bad.getValue().what(), "{" + quote(property.getKey()) + ": "
                        + bad.getValue().json() + "}", bad.getValue().strict()));
            }
        }
        return bodies;
    }

    /** Bad values for one field: its path (the key, with the bad value's name after a space) → JSON text. */
    private Map<String, Bad> badValues(JsonNode schema, String field, int depth) {
        Map<String, Bad> values = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        if (resolved == null) {
            return values;
        }
        String type = resolved.path("type").asText("");
        String format = resolved.path("format").asText("");
        List<Bad> scalar = null;
        if (resolved.has("enum")) {
            scalar = CHOICE;
        } else if (type.equals("string") && format.equals("date")) {
            scalar = DATE;
        } else if (type.equals("string") && format.equals("date-time")) {
            scalar = DATE_TIME;
        } else if (type.equals("string") && !format.equals("binary") && !format.equals("byte")) {
            scalar = TEXT;
        } else if (type.equals("integer")) {
            scalar = INTEGER;
        } else if (type.equals("number")) {
            scalar = NUMBER;
        } else if (type.equals("boolean")) {
            scalar = BOOLEAN;
        }
        if (scalar != null) {
            scalar.forEach(bad -> values.put(field + " " + bad.what(), bad));
        } else if (type.equals("array")) {
            NOT_A_LIST.forEach(bad -> values.put(field + " " + bad.what(), bad));
            badValues(resolved.path("items"), field + "[0]", depth + 1).forEach((key, bad) -> values.put(key,
                    new Bad(bad.what(), "[" + bad.json() + "]", bad.strict())));
        } else if (resolved.has("properties")) {
            NOT_AN_OBJECT.forEach(bad -> values.put(field + " " + bad.what(), bad));
            badFields(resolved, field, depth + 1).forEach((key, bad) -> values.put(key, bad));
        } else if (resolved.path("additionalProperties").isObject()) {
            badValues(resolved.get("additionalProperties"), field + ".zh-Hant", depth + 1).forEach((key, bad) -> values
                    .put(key, new Bad(bad.what(), "{\"zh-Hant\": " + bad.json() + "}", bad.strict())));
        }
        return values;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            return document.at(schema.get("$ref").asText().substring(1));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    /** {@code shifts[0].phone NUL} → {@code shifts[0].phone}. */
    private static String fieldOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    // --- page forms -------------------------------------------------------------------------------------------------

    private void sweepForm(String route, String path, String role, JsonNode operation) {
        boolean multipart = AuthorizationMatrixTest.MULTIPART_FORMS.contains(route);
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = resolve(multipart ? content.path("multipart/form-data").path("schema")
                : content.path("application/x-www-form-urlencoded").path("schema"));
        Browser browser = browsers.get(role);
        String token = tokens.get(role);
        if (schema != null) {
            for (Iterator<String> fields = schema.path("properties").fieldNames(); fields.hasNext();) {
                String field = fields.next();
                for (String bad : FORM_TEXT) {
                    RequestSpecification request = browser.request();
                    request = multipart ? request.multiPart("csrf-token", token).multiPart(field, bad)
                            : request.formParam("csrf-token", token).formParam(field, bad);
                    expectRefusal(route, field + " " + escape(bad), field, request.post(path));
                }
            }
        }
        expectRefusal(route, "a form sent as text/plain", null, browser.request().header("X-CSRF-TOKEN", token)
                .contentType("text/plain").body("csrf-token=" + token).post(path));
        if (multipart) {
            expectRefusal(route, "a broken multipart body", null, browser.request().header("X-CSRF-TOKEN", token)
                    .contentType("multipart/form-data; boundary=XYZ")
                    .body("--XYZ\r\nContent-Disposition: form-data; name=\"shift\"\r\n\r\nDAY\r\n--XY".getBytes(
                            StandardCharsets.UTF_8))
                    .post(path));
        }
    }

    // --- path and query parameters ----------------------------------------------------------------------------------

    private void sweepPathParameters(String route, String verb, String template, String role) {
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            for (String bad : PATH_IDS) {
                String path = template.substring(0, parameter.start()) + bad + template.substring(parameter.end());
                path = AuthorizationMatrixTest.concrete(path, ownResident, ownUnit);
                Response response = template.startsWith("/api/")
                        ? api(role).contentType(ContentType.JSON).body("{}").request(verb, path)
                        : browsers.get(role).request().formParam("csrf-token", tokens.get(role)).request(verb, path);
                expectNoServerError(route, parameter.group(1) + "=" + bad, response);
            }
        }
    }

    private void sweepQueries() {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            String template = PARAMETER.matcher(path.getKey()).replaceAll("{$1}");
            String route = "GET " + template;
            String role = roleFor(route);
            if (role == null) {
                continue;
            }
            String concrete = AuthorizationMatrixTest.concrete(template, ownResident, ownUnit);
            for (JsonNode parameter : get.path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                String name = parameter.path("name").asText();
                expectRefusal(route, name + " NUL", name, get(role, concrete, name, "a\u0000b"));
                for (String bad : QUERY) {
                    expectNoServerError(route, name + "=" + bad, get(role, concrete, name, bad));
                }
            }
        }
    }

    private Response get(String role, String path, String parameter, String value) {
        RequestSpecification request = path.startsWith("/api/") ? api(role) : browsers.get(role).request();
        return request.queryParam(parameter, value).get(path);
    }

    // --- judging ----------------------------------------------------------------------------------------------------

    /** A bad input must be refused: never 5xx nor accepted; a 400 names {@code field} (when one is expected). */
    private void expectRefusal(String route, String what, String field, Response response) {
        attempts++;
        int status = response.statusCode();
        String where = route + " with " + what + ": " + status;
        if (status >= 500) {
            wrong.add(where + " — a server error");
        } else if (status < 400) {
            wrong.add(where + " — accepted");
        } else if (status == 401 || status == 403) {
            wrong.add(where + " — refused the caller, not the input: " + response.asString());
        } else if (status == 400 && field != null && !namesField(route, response, field)) {
            wrong.add(where + " — does not name " + field + ": " + abbreviated(response));
        }
    }

    private void expectNoServerError(String route, String what, Response response) {
        attempts++;
        if (response.statusCode() >= 500) {
            wrong.add(route + " with " + what + ": " + response.statusCode() + " — a server error");
        }
    }

    private static boolean namesField(String route, Response response, String field) {
        if (route.contains(" /api/")) {
            List<String> named = response.jsonPath().getList("errors.field");
            return named != null && (field.equals(ANY_FIELD) ? !named.isEmpty() : named.contains(field));
        }
        // The page says which field it refused: the heading of the error page, or the form's field marked invalid.
        String page = response.asString();
        return page.contains(field);
    }

    /** Every refusal's message is in Chinese (the API's default language when the caller names none). */
    private static boolean saidInChinese(Response response) {
        List<Map<String, String>> errors = response.jsonPath().getList("errors");
        return errors != null && !errors.isEmpty() && errors.stream().allMatch(e -> e.get("message") != null && e.get("message").codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    private static String abbreviated(Response response) {
        String body = response.asString();
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private RequestSpecification api(String role) {
        if (role.equals("PHONE_SYSTEM")) {
            return Api.anonymous().accept(ContentType.JSON).header("Authorization", "Bearer " + phoneSystemToken);
        }
        return Api.as(role).accept(ContentType.JSON);
    }

    /** A role that may call the route (the first named), or null for routes no role calls with these inputs. */
    private static String roleFor(String route) {
        String expectation = AuthorizationMatrixTest.EXPECTED.get(route);
        if (expectation == null || expectation.equals("CODE_FLOW")) {
            return null; // a route without an expectation fails AuthorizationMatrixTest, naming it
        }
        if (expectation.equals("PUBLIC") || expectation.equals("SIGNED_IN")) {
            return Roles.DESK;
        }
        return expectation.split(" ")[0];
    }
}
