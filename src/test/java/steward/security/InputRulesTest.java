package steward.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/**
 * The inputs of the finding that answered 5xx or were stored without a question: text with NUL, control and
 * bidirectional characters and lone surrogates; dates out of range; a promise due in 9999, a move-in in year 1;
 * 5,000 phone numbers; a fee of nothing; malformed JSON; a broken multipart form; the language switch's return
 * path; the photo of a result that has none.
 */
@QuarkusTest
class InputRulesTest {

    @jakarta.inject.Inject
    TestSites sites;

    long chen;
    long unit;

    @BeforeEach
    void setUp() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        unit = Api.as("desk").queryParam("q", "5棟2單元301").get("/api/v1/units").jsonPath().getLong("[0].id");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheFieldAndBidiOverridesRemoved() {
        for (String bad : List.of("\"噪音\\u0000\"", "\"鈴聲\\u0007\"", "\"\\u001b[31m紅字\"", "\"半個字\\ud800\"")) {
            Response refused = Api.as("service").contentType(ContentType.JSON)
                    .body(("{\"residentId\": " + chen + ", \"channel\": \"DESK\", \"category\": "
                            + "\"NOISE\", \"severity\": \"LOW\", \"description\": " + bad + "}")
                            .getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/complaints");
            assertEquals(400, refused.statusCode(), bad + ": " + refused.asString());
            assertEquals(List.of("description"), refused.jsonPath().getList("errors.field"), bad);
        }
        // A name is one line: a line break in a name is refused too, while a note keeps its lines.
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("visitorName", "林\n先生", "hostResidentId", chen))
                .post("/api/v1/visits").then().statusCode(400).body("errors.field", equalTo(List.of("visitorName")));

        long id = Api.as("service").contentType(ContentType.JSON).body(Map.of("residentId", chen, "channel", "DESK",
                "category", "NOISE", "severity", "LOW", "description", "樓上\u202E噪音\u202C\n第二行"))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("service").get("/api/v1/complaints/" + id).then().body("description", equalTo("樓上噪音\n第二行"));

        // Page forms alike.
        Browser desk = Browser.signIn("desk");
        Response form = desk.request().formParam("csrf-token", desk.csrfToken()).formParam("title", "建議\u0000")
                .formParam("body", "內容").post("/suggestions");
        assertEquals(400, form.statusCode());
        assertTrue(form.asString().contains("title"), "names the field");
    }

    @Test
    void datesOutOfAnySaneRangeAreRefusedNamingTheField() {
        long complaint = Api.as("service").contentType(ContentType.JSON).body(Map.of("residentId", chen, "channel",
                "DESK", "category", "NOISE", "severity", "LOW", "description", "日期測試")).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String due : List.of("9999-12-31T00:00:00Z", "0001-01-01T00:00:00Z", "+100000-01-01T00:00:00Z")) {
            Api.as("service").contentType(ContentType.JSON).body(Map.of("what", "回電", "dueAt", due))
                    .post("/api/v1/complaints/" + complaint + "/promises").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("dueAt")));
        }
        // Within the dates any record may have, but more than a year away: no promise a customer can hold us to.
        Api.as("service").contentType(ContentType.JSON).body(Map.of("what", "回電", "dueAt",
                Instant.now().plus(400, ChronoUnit.DAYS).toString())).post("/api/v1/complaints/" + complaint
                        + "/promises")
                .then().statusCode(400).body("errors.field", equalTo(List.of("dueAt")))
                .body("errors[0].message", equalTo("約定時間須在一年之內"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("what", "回電", "dueAt",
                Instant.now().plus(300, ChronoUnit.DAYS).toString())).post("/api/v1/complaints/" + complaint
                        + "/promises")
                .then().statusCode(201);
    }

    @Test
    void aMoveInInYearOneAndFiveThousandPhonesAreRefused() {
        Api.as("service").contentType(ContentType.JSON).body(Map.of("name", "古人", "kind", "OWNER", "unitIds",
                List.of(unit), "movedIn", "1899-12-31")).post("/api/v1/residents").then().statusCode(400)
                .body("errors.field", equalTo(List.of("movedIn")));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("name", "古人", "kind", "OWNER", "unitIds",
                List.of(unit), "movedIn", "0001-01-01")).post("/api/v1/residents").then().statusCode(400)
                .body("errors.field", equalTo(List.of("movedIn")));
        List<String> phones = new ArrayList<>(IntStream.range(0, 5000)
                .mapToObj(i -> String.format("09%08d", 10_000_000 + i)).toList());
        Api.as("service").contentType(ContentType.JSON).body(Map.of("name", "電話很多", "kind", "OWNER", "unitIds",
                List.of(unit), "phones", phones)).post("/api/v1/residents").then().statusCode(400)
                .body("errors.field", hasItem("phones"));
        Api.as("service").contentType(ContentType.JSON).body(Map.of("name", "電話五支", "kind", "OWNER", "unitIds",
                List.of(unit), "phones", Collections.nCopies(1, "0912 000 555"), "movedIn", "2020-05-01"))
                .post("/api/v1/residents").then().statusCode(201);
        // The page form alike: a move-in in year 1 is refused next to the field, and no resident is registered.
        String name = "古人" + System.nanoTime() % 100_000;
        Browser service = Browser.signIn("service");
        Response form = service.request().formParam("csrf-token", service.csrfToken()).formParam("name", name)
                .formParam("kind", "OWNER").formParam("unitLabel", "5棟2單元301").formParam("movedIn", "0001-01-01")
                .post("/residents");
        assertEquals(400, form.statusCode(), form.asString());
        assertEquals("日期須在 1900 年至 2199 年之間",
                org.jsoup.Jsoup.parse(form.asString()).select("#r-moved-in-error").text());
        assertEquals(List.of(), Api.as("service").queryParam("q", name).get("/api/v1/residents").jsonPath()
                .getList("id"));
    }

    @Test
    void aFeeOfNothingIsRefused() {
        Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("item", "FAX_PAGE", "price", "0",
                "effectiveFrom", "2031-01-01")).post("/api/v1/fee-standards").then().statusCode(400)
                .body("errors.field", equalTo(List.of("price")));
    }

    @Test
    void malformedJsonNamesItsLineAndColumn() {
        Response response = Api.as("desk").contentType(ContentType.JSON).body("{\n  \"visitorName\": \"林\",\n"
                + "  \"hostResidentId\": ,\n}").post("/api/v1/visits");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.contentType());
        String message = response.jsonPath().getString("errors[0].message");
        assertTrue(message.contains("第 3 行") && message.contains("第 21 個字元"), message);
        Api.as("desk").contentType(ContentType.JSON).body(Map.of("hostResidentId", "99999999999999999999999"))
                .post("/api/v1/visits").then().statusCode(400).body("errors.field", hasItem("hostResidentId"));
    }

    @Test
    void aBrokenMultipartFormIsABadRequest() {
        Browser desk = Browser.signIn("desk");
        Response broken = desk.request().header("X-CSRF-TOKEN", desk.csrfToken())
                .contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPARCEL\r\n--XY"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/mailroom/items");
        assertEquals(400, broken.statusCode(), broken.asString());
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPathOfThisSite() {
        Browser desk = Browser.signIn("desk");
        String token = desk.csrfToken();
        for (String back : List.of("/\\evil.example", "/desk\tx", "/desk x", "//evil.example", "https://evil.example",
                "/\u0000")) {
            Response switched = desk.request().formParam("csrf-token", token).formParam("lang", "en")
                    .formParam("back", back).post("/language");
            assertTrue(switched.statusCode() == 303 || switched.statusCode() == 400, back + ": " + switched.statusCode());
            if (switched.statusCode() == 303) {
                assertEquals("/", java.net.URI.create(switched.header("Location")).getPath(), back);
            }
        }
        Response ordinary = desk.request().formParam("csrf-token", token).formParam("lang", "en")
                .formParam("back", "/residents?q=王").post("/language");
        assertTrue(ordinary.header("Location").endsWith("/residents?q=%E7%8E%8B")
                || ordinary.header("Location").endsWith("/residents?q=王"), ordinary.header("Location"));
    }

    @Test
    void thePhotoOfAResultWithoutOneIsNotFound() {
        long desk = Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("name", "無照片櫃台"
                + System.nanoTime() % 100_000)).post("/api/v1/inspections/desks").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        List<Number> items = Api.as("supervisor").get("/api/v1/inspections/desks").jsonPath()
                .getList("find { it.id == " + desk + " }.items.id");
        List<Map<String, Object>> results = items.stream().map(i -> Map.<String, Object>of("itemId", i.longValue(),
                "passed", true)).toList();
        List<Number> resultIds = Api.as("supervisor").contentType(ContentType.JSON).body(Map.of("deskId", desk,
                "shift", "DAY", "results", results)).post("/api/v1/inspections").then().statusCode(201).extract()
                .jsonPath().getList("results.id");
        assertEquals(404, Browser.signIn("supervisor").get("/inspections/photos/" + resultIds.get(0)).statusCode());
    }
}
