package steward.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * SQL meta-characters in every search and filter parameter (every query parameter of every GET route of the
 * OpenAPI document, pages and API) are harmless: never a server error, whoever asks. And {@code %}, {@code _} and
 * {@code \} are searched for as themselves, not as wildcards or escapes.
 */
@QuarkusTest
class QueryParameterSweepTest {

    static final List<String> PAYLOADS = List.of("'; DROP TABLE resident; --", "' OR '1'='1", "%_\\",
            "<script>alert(1)</script>{inject:csrf.token}");

    @Inject
    TestSites sites;

    long chen;
    long unit;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        unit = Api.as("desk").queryParam("q", "5棟2單元502").get("/api/v1/units").jsonPath().getLong("[0].id");
    }

    /** Each GET route with query parameters, and its parameters. */
    static Map<String, List<String>> queryParameters() {
        JsonNode document = TextFieldSweepTest.read(Api.anonymous().accept(ContentType.JSON)
                .get("/q/openapi?format=json").asString());
        Map<String, List<String>> routes = new TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.get("name").asText());
                }
            });
            if (!names.isEmpty()) {
                routes.put("GET " + path.getKey().replaceAll("\\{(\\w+)[^}]*}", "{$1}"), names);
            }
        });
        return routes;
    }

    @Test
    void everySearchAndFilterParameterTakesMetaCharactersWithoutAServerError() {
        Map<String, List<String>> routes = queryParameters();
        assertTrue(routes.size() > 40, "the search and filter routes: " + routes.keySet());
        Map<String, Browser> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (var route : routes.entrySet()) {
            String expectation = AuthorizationMatrixTest.EXPECTED.getOrDefault(route.getKey(), "");
            String role = expectation.isEmpty() || expectation.equals("PUBLIC") || expectation.equals("SIGNED_IN")
                    ? Roles.SUPERVISOR
                    : expectation.split(" ")[0];
            String path = AuthorizationMatrixTest.concrete(route.getKey().substring(4), chen, unit);
            for (String parameter : route.getValue()) {
                for (String payload : PAYLOADS) {
                    Response response = path.startsWith("/api/")
                            ? Api.as(role).queryParam(parameter, payload).get(path)
                            : sessions.computeIfAbsent(role, Browser::signIn).request().header("HX-Request", "true")
                                    .queryParam(parameter, payload).get(path);
                    if (response.statusCode() >= 500) {
                        wrong.add(route.getKey() + "?" + parameter + "=" + payload + " as " + role + ": "
                                + response.statusCode());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " server errors:\n" + String.join("\n", wrong));
    }

    @Test
    void percentUnderscoreAndBackslashAreSearchedForLiterally() {
        String name = "折扣%_\\測" + System.nanoTime() % 100_000;
        long odd = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "TENANT", "unitIds", List.of(unit))).post("/api/v1/residents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(name, Api.as("desk").get("/api/v1/residents/" + odd).jsonPath().getString("name"),
                "stored as typed");
        Browser desk = Browser.signIn("desk");
        for (String wildcard : List.of("%", "_", "\\", "%_", "_\\")) {
            List<Map<String, Object>> found = Api.as("desk").queryParam("q", wildcard).get("/api/v1/residents")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertTrue(found.stream().anyMatch(r -> ((Number) r.get("id")).longValue() == odd),
                    wildcard + " finds the resident whose name has it: " + found);
            assertTrue(found.stream().allMatch(r -> String.valueOf(r.get("name")).contains(wildcard)),
                    wildcard + " finds only names that have it, not everyone: " + found);
            List<String> units = Api.as("desk").queryParam("q", wildcard).get("/api/v1/units").then().statusCode(200)
                    .extract().jsonPath().getList("label");
            assertTrue(units.stream().allMatch(label -> label.contains(wildcard)), wildcard + ": " + units);

            var page = org.jsoup.Jsoup.parse(desk.request().queryParam("q", wildcard).get("/residents").asString());
            List<String> names = page.select("#results .name").eachText();
            assertTrue(names.contains(name) && names.stream().allMatch(n -> n.contains(wildcard)),
                    wildcard + " is no wildcard on the residents page: " + names);
        }
    }

    @Test
    void theAnswerBookSearchTakesWildcardsLiterally() {
        String question = "優惠 100%_\\ 怎麼算" + System.nanoTime() % 100_000;
        var created = Api.as("service").contentType(ContentType.JSON)
                .body(Map.of("category", "FEES", "texts", Map.of("zh-Hant", Map.of("question", question, "body",
                        "請洽服務台"))))
                .post("/api/v1/answers").then().statusCode(201).extract().jsonPath();
        long answer = created.getLong("answerId");
        long version = created.getLong("id");
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("versionId", version))
                .post("/api/v1/answers/" + answer + "/approve").then().statusCode(200);
        for (String wildcard : List.of("%", "_", "\\")) {
            String found = Api.as("desk").queryParam("q", wildcard).get("/api/v1/answers").then().statusCode(200)
                    .extract().asString();
            assertTrue(found.contains(question.replace("\\", "\\\\")), wildcard + " finds the answer that has it");
            List<String> questions = Api.as("desk").queryParam("q", wildcard).get("/api/v1/answers").jsonPath()
                    .getList("question");
            assertTrue(questions.stream().allMatch(q -> q.toLowerCase(Locale.ROOT).contains(wildcard)),
                    wildcard + " finds only answers that have it: " + questions);
        }
    }

    @Test
    void theAuditFiltersTakeWildcardsLiterally() {
        for (String wildcard : List.of("%", "_", "' OR '1'='1")) {
            Api.as("supervisor").queryParam("actor", wildcard).get("/api/v1/audit").then().statusCode(200)
                    .body("size()", org.hamcrest.Matchers.equalTo(0));
            Api.as("supervisor").queryParam("residentId", wildcard).get("/api/v1/audit").then().statusCode(400);
        }
    }
}
