package steward.center;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestClock;
import steward.support.TestSites;

/** A desk's past inspections (issue 9: history and pass rate per desk and shift): figures equal the rows. */
@QuarkusTest
class InspectionHistoryTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
    /** Days of their own, far from the rounds other tests make today. */
    static final LocalDate FIRST = LocalDate.of(2025, 2, 3);

    @Inject
    TestSites sites;

    @Inject
    TestClock clock;

    static long desk;
    static long otherDesk;
    static String deskName;

    @BeforeEach
    void rounds() {
        sites.ensure();
        if (deskName != null) {
            return;
        }
        deskName = "歷史台" + UUID.randomUUID().toString().substring(0, 6);
        JsonPath one = Center.desk(deskName);
        JsonPath two = Center.desk("歷史台乙" + UUID.randomUUID().toString().substring(0, 6));
        desk = one.getLong("id");
        otherDesk = two.getLong("id");
        List<Long> items = Center.itemIds(one);
        round(one, FIRST, "DAY", 0, items);
        round(one, FIRST.plusDays(1), "EVENING", 1, items);
        round(one, FIRST.plusDays(2), "DAY", 2, items);
        round(two, FIRST.plusDays(2), "DAY", 0, Center.itemIds(two));
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRatesPerDeskAndShiftEqualTheRowsListed() {
        JsonPath history = history("supervisor", Map.of("desk", desk, "from", FIRST, "to", FIRST.plusDays(2)));
        List<Map<String, Object>> rows = history.getList("rows");
        assertEquals(3, rows.size());
        assertEquals(List.of("DAY", "EVENING", "DAY"), history.getList("rows.shift"), "newest first");
        assertEquals(List.of(5, 6, 7), history.getList("rows.passed"));
        for (Map<String, Object> rate : history.<Map<String, Object>>getList("rates")) {
            List<Map<String, Object>> ofRate = rows.stream().filter(r -> r.get("shift").equals(rate.get("shift")))
                    .toList();
            assertEquals(ofRate.size(), ((Number) rate.get("inspections")).intValue());
            int passed = ofRate.stream().mapToInt(r -> (Integer) r.get("passed")).sum();
            int checked = ofRate.stream().mapToInt(r -> (Integer) r.get("passed") + (Integer) r.get("failed")).sum();
            assertEquals(passed, ((Number) rate.get("passed")).intValue());
            assertEquals(checked, ((Number) rate.get("checked")).intValue());
        }
        assertEquals(List.of("DAY", "EVENING"), history.getList("rates.shift"));
        assertEquals(85.7f, history.getFloat("rates[0].rate"), 0.01, "12 of 14 items");
        assertEquals(85.7f, history.getFloat("rates[1].rate"), 0.01, "6 of 7 items");

        // One shift, one day, every desk.
        assertEquals(2, history("desk", Map.of("desk", desk, "shift", "day", "from", FIRST, "to", FIRST.plusDays(2)))
                .getList("rows").size());
        assertEquals(List.of("EVENING"), history("desk", Map.of("desk", desk, "from", FIRST.plusDays(1), "to",
                FIRST.plusDays(1))).getList("rows.shift"));
        JsonPath everyDesk = history("service", Map.of("from", FIRST.plusDays(2), "to", FIRST.plusDays(2)));
        assertTrue(everyDesk.getList("rows.deskId", Long.class).containsAll(List.of(desk, otherDesk)));
        assertTrue(everyDesk.getList("rates.deskId", Long.class).containsAll(List.of(desk, otherDesk)));
    }

    @Test
    void thePageListsEachRoundWithItsLinkAndTheRates() {
        Browser supervisor = Browser.signIn("supervisor");
        String query = "?desk=" + desk + "&from=" + FIRST + "&to=" + FIRST.plusDays(2);
        Document page = Jsoup.parse(supervisor.get("/inspections/history" + query).then().statusCode(200).extract()
                .asString());
        List<Element> rows = page.select("tr.history-row");
        assertEquals(3, rows.size());
        for (Element row : rows) {
            String link = row.selectFirst("a").attr("href");
            assertTrue(link.matches("/inspections/\\d+"), link);
            assertEquals(200, supervisor.get(link).statusCode());
            assertTrue(row.text().contains(deskName), row.text());
        }
        for (Element rate : page.select("tr.history-rate")) {
            List<Element> ofRate = rows.stream().filter(r -> r.attr("data-shift").equals(rate.attr("data-shift")))
                    .toList();
            assertEquals(ofRate.size(), Integer.parseInt(rate.selectFirst(".rate-inspections").text()));
            assertEquals(ofRate.stream().mapToInt(r -> Integer.parseInt(r.attr("data-passed"))).sum(),
                    Integer.parseInt(rate.selectFirst(".rate-passed").text()));
        }
        assertEquals(2, page.select("tr.history-rate").size());
        assertNotNull(page.selectFirst("select[name=desk] option[value=" + desk + "][selected]"));

        // The inspections page leads here, per desk.
        Document inspections = Jsoup.parse(supervisor.get("/inspections").asString());
        assertNotNull(inspections.selectFirst("a[href=/inspections/history?desk=" + desk + "]"));
        assertNotNull(inspections.selectFirst("a[href=/inspections/history]"));

        // htmx swaps only the results.
        String fragment = supervisor.request().header("HX-Request", "true").get("/inspections/history" + query)
                .then().statusCode(200).extract().asString();
        assertFalse(fragment.contains("<html"));
        assertEquals(3, Jsoup.parseBodyFragment(fragment).select("tr.history-row").size());
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        Api.as("desk").queryParam("from", "03/02/2025").get("/api/v1/inspections/history").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        Api.as("desk").queryParam("from", "2025-02-05").queryParam("to", "2025-02-03")
                .get("/api/v1/inspections/history").then().statusCode(400).body("errors.field", hasItem("from"));
        Api.as("desk").queryParam("from", "2024-01-01").queryParam("to", "2025-02-03")
                .get("/api/v1/inspections/history").then().statusCode(400).body("errors.field", hasItem("from"));
        Api.as("desk").queryParam("shift", "NOON").queryParam("desk", "abc").get("/api/v1/inspections/history")
                .then().statusCode(400).body("errors.field", hasItem("shift")).body("errors.field", hasItem("desk"));

        Browser desk = Browser.signIn("desk");
        assertEquals(400, desk.get("/inspections/history?to=2025-13-01").statusCode());
        String refused = desk.request().header("HX-Request", "true").get("/inspections/history?to=2025-13-01")
                .then().statusCode(200).extract().asString();
        assertEquals("請輸入日期,例如 2026-11-27",
                Jsoup.parseBodyFragment(refused).selectFirst(".field-error[data-field=to]").text());
    }

    @Test
    void anotherSitesDeskIsNotFoundAndEveryRoleMayRead() {
        Api.as(TestSites.OTHER_SITE_DESK).queryParam("desk", desk).get("/api/v1/inspections/history").then()
                .statusCode(404);
        assertEquals(404, Browser.signIn(TestSites.OTHER_SITE_DESK).get("/inspections/history?desk=" + desk)
                .statusCode());
        JsonPath other = Api.as(TestSites.OTHER_SITE_DESK).queryParam("from", FIRST.toString())
                .queryParam("to", FIRST.plusDays(2).toString())
                .get("/api/v1/inspections/history").then().statusCode(200).extract().jsonPath();
        assertFalse(other.getList("rows.deskId", Long.class).contains(desk), "none of site A's rounds");
        for (String role : List.of("desk", "service", "cashier", "supervisor", "admin")) {
            Api.as(role).get("/api/v1/inspections/history").then().statusCode(200);
            assertEquals(200, Browser.signIn(role).get("/inspections/history").statusCode(), role);
        }
        Api.anonymous().accept(ContentType.JSON).get("/api/v1/inspections/history").then().statusCode(401);
    }

    private JsonPath history(String role, Map<String, Object> query) {
        Map<String, String> typed = new java.util.HashMap<>();
        query.forEach((name, value) -> typed.put(name, value.toString()));
        return Api.as(role).queryParams(typed).get("/api/v1/inspections/history").then().statusCode(200).extract()
                .jsonPath();
    }

    /** A supervisor's round of a desk on a day at 10:00, with the first {@code failed} items failed. */
    private void round(JsonPath desk, LocalDate day, String shift, int failed, List<Long> items) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant());
        List<Map<String, Object>> results = InspectionTest.allPassed(items);
        for (int i = 0; i < failed; i++) {
            results.get(i).put("passed", false);
            results.get(i).put("note", "需要改正 " + i);
        }
        Api.as("supervisor").contentType(ContentType.JSON)
                .body(Map.of("deskId", desk.getLong("id"), "shift", shift, "results", results))
                .post("/api/v1/inspections").then().statusCode(201);
    }
}
