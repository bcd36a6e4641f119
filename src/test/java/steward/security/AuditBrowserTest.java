package steward.security;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import steward.support.Api;
import steward.support.Browser;
import steward.support.TestSites;

/** The audit browser: filters by actor, resident, action and date; the CSV export, itself audited. */
@QuarkusTest
class AuditBrowserTest {

    @Inject
    TestSites sites;

    long chen;
    long wang;

    @BeforeEach
    void sites() {
        sites.ensure();
        chen = Api.as("desk").queryParam("q", "陳大文").get("/api/v1/residents").jsonPath().getLong("[0].id");
        wang = Api.as("desk").queryParam("q", "王小華").get("/api/v1/residents").jsonPath().getLong("[0].id");
    }

    @Test
    void filtersNarrowTheTrail() {
        Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200);
        Api.as("service").get("/api/v1/residents/" + wang).then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();

        List<Map<String, Object>> byDesk = events(Map.of("actor", "desk", "residentId", String.valueOf(chen),
                "action", "VIEW_RESIDENT", "from", today, "to", today));
        assertFalse(byDesk.isEmpty());
        assertTrue(byDesk.stream().allMatch(e -> "desk".equals(e.get("actor"))
                && ((Number) e.get("residentId")).longValue() == chen && "VIEW_RESIDENT".equals(e.get("action"))));
        assertTrue(events(Map.of("actor", "desk", "residentId", String.valueOf(wang))).stream()
                .allMatch(e -> "desk".equals(e.get("actor"))));
        assertTrue(events(Map.of("from", "2001-01-01", "to", "2001-01-31")).isEmpty());

        Document page = Jsoup.parse(Browser.signIn("supervisor")
                .get("/audit?actor=service&action=VIEW_RESIDENT&residentId=" + wang).asString());
        List<String> actors = page.select("tr.audit-event td:nth-child(2) a").eachAttr("data-username");
        assertFalse(actors.isEmpty());
        assertTrue(actors.stream().allMatch("service"::equals), actors.toString());
        assertTrue(page.select("tr.audit-event td:nth-child(2)").eachText().stream().allMatch("測試 service"::equals),
                "shown by display name");
        assertEquals("VIEW_RESIDENT", page.selectFirst("select[name=action] option[selected]").attr("value"));
        assertTrue(page.selectFirst("a[href^=/audit.csv]").attr("href").contains("actor=service"));
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        Api.as("supervisor").queryParam("from", "27/11/2026").queryParam("action", "NOTHING")
                .queryParam("residentId", "abc").get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("action")).body("errors.field", hasItem("residentId"));
        Response page = Browser.signIn("supervisor").get("/audit?to=yesterday");
        assertEquals(400, page.statusCode());
        Document form = Jsoup.parse(page.asString());
        assertEquals("true", form.selectFirst("input[name=to]").attr("aria-invalid"));
        assertEquals("請輸入日期,例如 2026-11-27", form.selectFirst(".field-error").text());
    }

    @Test
    void theCsvExportIsAuditedAndSafeForSpreadsheets() {
        Api.as("desk").get("/api/v1/residents/" + chen).then().statusCode(200);
        Browser supervisor = Browser.signIn("supervisor");
        Response csv = supervisor.get("/audit.csv?action=VIEW_RESIDENT&residentId=" + chen);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] lines = csv.asString().split("\r\n");
        assertEquals("\uFEFFtime,actor,actor_name,action,resident_id,reason,detail", lines[0]);
        assertTrue(lines.length > 1);
        assertTrue(lines[1].contains("\"VIEW_RESIDENT\"") && lines[1].contains("," + chen + ","), lines[1]);

        List<Map<String, Object>> exports = events(Map.of("action", "EXPORT_AUDIT", "actor", "supervisor"));
        assertFalse(exports.isEmpty());
        assertTrue(((String) exports.get(0).get("reason")).contains("action=VIEW_RESIDENT"));

        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditResource.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"陳大文\"", AuditResource.cell("陳大文"));
    }

    @Test
    void onlySupervisorsAndAdminsBrowseIt() {
        for (String role : List.of("desk", "service", "cashier")) {
            Api.as(role).get("/api/v1/audit").then().statusCode(403);
            assertEquals(403, Browser.signIn(role).get("/audit.csv").statusCode(), role);
        }
        Api.as("admin").get("/api/v1/audit").then().statusCode(200);
        // Another site's supervisor sees none of site A's events, even when asking for its resident.
        Api.as(TestSites.OTHER_SITE_SUPERVISOR).queryParam("residentId", chen).get("/api/v1/audit").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    private static List<Map<String, Object>> events(Map<String, String> filter) {
        return Api.as("supervisor").queryParams(filter).get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }
}
